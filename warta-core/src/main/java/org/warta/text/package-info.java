/** Text analysis shared by every stage: sentences, tokens, stems, shingles, all with UTF-16 offsets. */
package org.warta.text;
