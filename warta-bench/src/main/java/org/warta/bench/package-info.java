/** {@code warta eval ...}, {@code warta bench ...}, {@code warta train ...}: evaluation, benchmarks, peers. */
package org.warta.bench;
