package org.warta.extract.decode;

import java.nio.charset.Charset;

/**
 * Bytes turned into text.
 *
 * @param text    the decoded characters, without a byte-order mark
 * @param charset the character set used
 * @param kind    what the content is
 */
public record DecodedText(String text, Charset charset, ContentKind kind) {
}
