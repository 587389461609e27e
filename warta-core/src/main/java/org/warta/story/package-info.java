/** The story: headline, cited multi-source summary, only-in facts, disagreements, provenance, timeline. */
package org.warta.story;
