package org.warta.story;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.warta.lang.LanguagePack;
import org.warta.memo.Memo;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

/**
 * Reads the counts of a sentence in one language, from the pack's data files: {@code story-numbers} (the decimal
 * mark — the other of "." and "," groups thousands —, number words, multipliers written "×1000"),
 * {@code story-units} (unit forms to language-independent keys) and {@code story-quantities} (cue words to
 * language-independent quantity keys and the label a story uses). "500.000 ton", "500 ribu ton" and
 * "500,000 tonnes" all read as 500000 of unit {@code ton}; "1,2 juta" as 1200000; "half a million" as 500000.
 * Vague words ("puluhan", "dozens"), number words without a unit or multiplier ("salah satu") and numbers inside
 * date expressions or clock times are not counts; cue words that stem to a stop word match only as written. Each count
 * is attached to the nearest cue within {@link #MAX_CUE_DISTANCE} tokens, nearest pairs first, each cue and each
 * count used once. Thread-safe.
 */
final class Quantities {

    /** The farthest (in word tokens) a cue word may be from the count it names. */
    static final int MAX_CUE_DISTANCE = 14;

    private static final Map<String, Quantities> BY_LANGUAGE = new ConcurrentHashMap<>();

    /**
     * One count of a sentence.
     *
     * @param value    its value, multipliers applied
     * @param unit     the unit's key ("km", "person"), when a unit follows
     * @param unitForm the unit as written
     * @param subject  the key of the quantity it measures ("death", "depth"), when a cue is near
     * @param start    offset of the count in the sentence
     */
    record Measure(BigDecimal value, Optional<String> unit, Optional<String> unitForm, Optional<String> subject,
                   int start) {
    }

    private final LanguagePack pack;
    private final char decimal;
    private final Map<String, BigDecimal> words = new HashMap<>();
    private final Map<String, BigDecimal> multipliers = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();
    private final Map<String, String> cues = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    private final java.util.Set<String> stop;
    /**
     * Sentences read before: synthesis re-reads a story's sentences each time the story grows (and reads each
     * twice, for contradictions and for disagreements). Sentences per generation, see {@link Memo}.
     */
    static final int MEMO_GENERATION = 50_000;
    private final Memo<Reading, List<Measure>> readings =
            SynthesisMemory.memo(r -> readNow(r.sentence(), List.copyOf(r.skipSpans())), MEMO_GENERATION);

    private Quantities(LanguagePack pack) {
        this.pack = pack;
        char dec = '.';
        for (String line : pack.lines("story-numbers")) {
            String[] p = line.split("\\s+");
            if (p.length != 2) {
                continue;
            }
            if (p[0].equals("decimal")) {
                dec = p[1].charAt(0);
            } else if (p[1].startsWith("×")) {
                multipliers.put(p[0], new BigDecimal(p[1].substring(1)));
            } else {
                words.put(p[0], new BigDecimal(p[1]));
            }
        }
        this.decimal = dec;
        this.stop = StopWords.of(pack);
        for (String line : pack.lines("story-units")) {
            String[] p = line.split("\\|");
            if (p.length == 2) {
                for (String f : p[1].strip().split("\\s+")) {
                    units.put(f, p[0].strip());
                }
            }
        }
        for (String line : pack.lines("story-quantities")) {
            String[] p = line.split("\\|");
            if (p.length == 3) {
                labels.put(p[0].strip(), p[1].strip());
                for (String c : p[2].strip().split("\\s+")) {
                    cues.put(c, p[0].strip());
                    String stem = StemCache.stem(pack, c);
                    if (!stop.contains(stem)) {
                        cues.put(stem, p[0].strip());
                    }
                }
            }
        }
    }

    static Quantities of(LanguagePack pack) {
        return BY_LANGUAGE.computeIfAbsent(pack.code(), c -> new Quantities(pack));
    }

    /** How a story in this language names a quantity key (the key itself when the pack has no label). */
    String label(String key) {
        return labels.getOrDefault(key, key);
    }

    /**
     * @param sentence  the sentence
     * @param skipSpans spans ({start, end} offsets in the sentence) of date expressions: no counts there
     */
    List<Measure> read(String sentence, List<int[]> skipSpans) {
        StringBuilder key = new StringBuilder(sentence.length() + 8 * skipSpans.size() + 1).append(sentence);
        for (int[] span : skipSpans) {
            key.append('\u0000').append(span[0]).append(':').append(span[1]);
        }
        return readings.get(new Reading(key.toString(), sentence, skipSpans));
    }

    /**
     * A sentence to read with its skipped spans; equal by {@code key} alone (the sentence and the spans written
     * out), so the memo finds a sentence read before whatever list holds its spans.
     */
    private record Reading(String key, String sentence, List<int[]> skipSpans) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Reading r && r.key.equals(key);
        }

        @Override
        public int hashCode() {
            return key.hashCode();
        }
    }

    private List<Measure> readNow(String sentence, List<int[]> skipSpans) {
        List<Span> toks = Tokenizer.tokens(sentence);
        record Raw(BigDecimal value, int token, Optional<String> unit, Optional<String> unitForm, int start) {
        }
        List<Raw> counts = new ArrayList<>();
        for (int k = 0; k < toks.size(); k++) {
            Span t = toks.get(k);
            String lower = t.text().toLowerCase(Locale.ROOT);
            if (inside(t, skipSpans) || clockOrFraction(sentence, t)) {
                continue;
            }
            Optional<BigDecimal> v = Character.isDigit(lower.charAt(0)) ? parse(lower)
                    : Optional.ofNullable(words.get(lower));
            if (v.isEmpty() || v.get().signum() == 0) {
                continue;
            }
            BigDecimal value = v.get();
            if (Character.isDigit(lower.charAt(0)) && lower.matches("[12]\\d{3}")) {
                continue; // a year
            }
            int next = k + 1;
            if (next < toks.size() && (toks.get(next).text().equalsIgnoreCase("a")
                    || toks.get(next).text().equalsIgnoreCase("an")) && next + 1 < toks.size()
                    && multipliers.containsKey(toks.get(next + 1).text().toLowerCase(Locale.ROOT))) {
                next++;
            }
            if (next < toks.size()) {
                BigDecimal m = multipliers.get(toks.get(next).text().toLowerCase(Locale.ROOT));
                if (m != null) {
                    value = value.multiply(m);
                    next++;
                }
            }
            Optional<String> unit = Optional.empty();
            Optional<String> form = Optional.empty();
            if (next < toks.size()) {
                String u = toks.get(next).text().toLowerCase(Locale.ROOT);
                if (units.containsKey(u)) {
                    unit = Optional.of(units.get(u));
                    form = Optional.of(u);
                }
            }
            if (!Character.isDigit(lower.charAt(0)) && unit.isEmpty() && next == k + 1) {
                continue; // a number word counts only with its unit or multiplier ("salah satu" is no count)
            }
            counts.add(new Raw(value, k, unit, form, t.start()));
            k = Math.max(k, next - 1);
        }
        List<int[]> cueAt = new ArrayList<>();
        List<String> cueKey = new ArrayList<>();
        for (int k = 0; k < toks.size(); k++) {
            String lower = toks.get(k).text().toLowerCase(Locale.ROOT);
            if (!Character.isLetter(lower.charAt(0))) {
                continue;
            }
            String key = cues.get(lower);
            if (key == null && !stop.contains(lower)) {
                key = cues.get(StemCache.stem(pack, lower));
            }
            if (key != null) {
                cueAt.add(new int[] {k});
                cueKey.add(key);
            }
        }
        // nearest (count, cue) pairs first; each count and each cue used once
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            for (int j = 0; j < cueAt.size(); j++) {
                int d = Math.abs(counts.get(i).token() - cueAt.get(j)[0]);
                if (d <= MAX_CUE_DISTANCE) {
                    pairs.add(new int[] {i, j, d});
                }
            }
        }
        pairs.sort(Comparator.comparingInt((int[] p) -> p[2]).thenComparingInt(p -> p[0]));
        String[] subject = new String[counts.size()];
        boolean[] cueUsed = new boolean[cueAt.size()];
        for (int[] p : pairs) {
            if (subject[p[0]] == null && !cueUsed[p[1]]) {
                subject[p[0]] = cueKey.get(p[1]);
                cueUsed[p[1]] = true;
            }
        }
        List<Measure> out = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Raw r = counts.get(i);
            out.add(new Measure(r.value(), r.unit(), r.unitForm(), Optional.ofNullable(subject[i]), r.start()));
        }
        return List.copyOf(out);
    }

    /** A number in this language's notation: grouping marks only before groups of three digits. */
    Optional<BigDecimal> parse(String token) {
        char group = decimal == ',' ? '.' : ',';
        String[] parts = token.split(java.util.regex.Pattern.quote(String.valueOf(decimal)), -1);
        if (parts.length > 2) {
            return Optional.empty();
        }
        String[] groups = parts[0].split(java.util.regex.Pattern.quote(String.valueOf(group)), -1);
        StringBuilder digits = new StringBuilder(groups[0]);
        for (int g = 1; g < groups.length; g++) {
            if (groups[g].length() != 3) {
                return Optional.empty();
            }
            digits.append(groups[g]);
        }
        if (parts.length == 2) {
            if (parts[1].isEmpty() || parts[1].indexOf(group) >= 0) {
                return Optional.empty();
            }
            digits.append('.').append(parts[1]);
        }
        String s = digits.toString();
        if (s.isEmpty() || !s.matches("\\d+(?:\\.\\d+)?")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s));
    }

    private static boolean inside(Span t, List<int[]> spans) {
        for (int[] s : spans) {
            if (t.start() < s[1] && t.end() > s[0]) {
                return true;
            }
        }
        return false;
    }

    /** "10/3", "10:42", "10.42 WIB": a number joined by "/" or ":" is a date, a time or a ratio. */
    private static boolean clockOrFraction(String s, Span t) {
        char before = t.start() > 0 ? s.charAt(t.start() - 1) : ' ';
        char after = t.end() < s.length() ? s.charAt(t.end()) : ' ';
        return before == '/' || before == ':' || after == '/' || after == ':';
    }
}
