package org.warta.extract.html;

/**
 * A run of text between block-level boundaries.
 *
 * @param text      the text, white space collapsed
 * @param tag       the innermost block-level element it belongs to ("p", "li", "h2", "td"...)
 * @param chars     non-space characters
 * @param linkChars non-space characters inside links
 * @param inContent whether it lies inside the content the scorer chose
 */
record Block(String text, String tag, int chars, int linkChars, boolean inContent) {
    double linkDensity() {
        return chars == 0 ? 0 : (double) linkChars / chars;
    }

    boolean isHeading() {
        return tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1));
    }
}
