package org.warta.extract.text;

/** One line of scraped text and what the rules decided it is. */
final class Line {
    /** What a line is. */
    enum Role { BODY, TITLE, DROPPED, CAPTION }

    String text;
    Role role = Role.BODY;
    /** Which rule decided, for debugging and tests. */
    String why = "";

    /** {@link #lower()} and the text it was computed from (rules read it many times per line). */
    private String lower;
    private String lowerOf;

    Line(String text) {
        this.text = text;
    }

    /** The text in lower case ({@link java.util.Locale#ROOT}), computed once for each text the line holds. */
    String lower() {
        if (lowerOf != text) {
            lower = text.toLowerCase(java.util.Locale.ROOT);
            lowerOf = text;
        }
        return lower;
    }

    boolean isBody() {
        return role == Role.BODY;
    }

    void drop(String rule) {
        role = Role.DROPPED;
        why = rule;
    }

    @Override
    public String toString() {
        return role + (why.isEmpty() ? "" : "(" + why + ")") + ": " + text;
    }
}
