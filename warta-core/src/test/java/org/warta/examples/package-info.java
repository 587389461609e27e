/**
 * Tests of the team-written example corpus in {@code examples/}: that its gold file ({@code examples/gold.json}) is
 * internally consistent with the article files it describes, so that tests of the real pipeline against that gold
 * fail only when the pipeline is wrong.
 */
package org.warta.examples;
