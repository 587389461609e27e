package org.warta.extract.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A set of cue phrases matched as whole words anywhere in a line, case-insensitively ("newsletter" matches "Join
 * our Newsletter!" but not "newsletters2go"; "©" matches anywhere). One compiled alternation, longest phrase first.
 */
final class CuePhrases {
    private final Optional<Pattern> pattern;

    CuePhrases(Collection<String> phrases) {
        String alternation = phrases.stream()
                .filter(p -> !p.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.pattern = alternation.isEmpty() ? Optional.empty()
                : Optional.of(Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /** Whether one of the phrases occurs in {@code text} as whole words. */
    boolean foundIn(String text) {
        return pattern.isPresent() && pattern.get().matcher(text).find();
    }
}
