package org.warta.app.render;

import java.util.ArrayList;
import java.util.List;

/** Greedy word wrap to a width, with a first-line prefix and a hanging indent. */
final class Wrap {

    private Wrap() {
    }

    static List<String> lines(String text, int width, String first, String rest) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int prefix = first.length();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > prefix && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line = new StringBuilder(rest);
                prefix = rest.length();
            }
            if (line.length() > prefix) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > prefix || out.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }

    static String block(String text, int width, String first, String rest) {
        return String.join("\n", lines(text, width, first, rest)) + "\n";
    }
}
