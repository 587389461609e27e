package org.warta.extract.text;

/** One line of scraped text and what the rules decided it is. */
final class Line {
    /** What a line is. */
    enum Role { BODY, TITLE, DROPPED, CAPTION }

    String text;
    Role role = Role.BODY;
    /** Which rule decided, for debugging and tests. */
    String why = "";

    Line(String text) {
        this.text = text;
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
