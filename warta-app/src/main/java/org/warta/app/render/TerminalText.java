package org.warta.app.render;

/** Makes untrusted text safe for a terminal: control characters (escape sequences included) become spaces. */
final class TerminalText {

    private TerminalText() {
    }

    static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029
                    || Character.getType(cp) == Character.FORMAT && cp != 0x200D) {
                b.append(' ');
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString().replaceAll(" {2,}", " ").strip();
    }
}
