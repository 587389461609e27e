package org.warta.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.lang.LanguagePack;
import org.warta.lang.LanguagePacks;
import org.warta.model.EntityType;

/**
 * Name lists for NER and alias resolution: places ({@code org/warta/nlp/gazetteer-locations.txt}),
 * organisations ({@code gazetteer-organizations.txt}) and people in the news ({@code gazetteer-persons.txt}) whose lines are alias groups (canonical name first), and per
 * language the person titles ({@code nlp-titles}) and organisation cue words ({@code nlp-org-cues}) of the
 * language packs. Immutable and thread-safe; {@link #standard()} is loaded once.
 */
public final class Gazetteer {

    /**
     * A gazetteer entry.
     *
     * @param type      its type
     * @param canonical the canonical name of its alias group
     */
    public record Entry(EntityType type, String canonical) {
    }

    /**
     * A match over tokens.
     *
     * @param start first token
     * @param end   after the last token
     * @param entry what matched
     */
    public record Match(int start, int end, Entry entry) {
    }

    private static final Gazetteer STANDARD = new Gazetteer();

    private final Map<String, Entry> phrases = new HashMap<>();
    private final Map<String, List<String>> groups = new HashMap<>();
    private final Set<String> titles = new HashSet<>();
    private final Set<String> orgCues = new HashSet<>();
    private final Set<String> placeCues = new HashSet<>();
    /** For each first word of a listed phrase, the most words a phrase starting with it has. */
    private final Map<String, Integer> firstWords = new HashMap<>();
    /** For each last word of a title, the most words a title ending with it has. */
    private final Map<String, Integer> titleLastWords = new HashMap<>();
    private final int maxLen;

    private Gazetteer() {
        int max = 1;
        max = Math.max(max, loadGroups("gazetteer-locations.txt", EntityType.LOCATION));
        max = Math.max(max, loadGroups("gazetteer-organizations.txt", EntityType.ORGANIZATION));
        max = Math.max(max, loadGroups("gazetteer-persons.txt", EntityType.PERSON));
        for (String code : List.of("id", "en")) {
            LanguagePack p = LanguagePacks.forCodeOrGeneric(code);
            for (String t : p.lines("nlp-titles")) {
                String l = t.toLowerCase(Locale.ROOT);
                titles.add(l);
                String[] w = l.split(" ");
                max = Math.max(max, w.length);
                titleLastWords.merge(key(w[w.length - 1]), w.length, Math::max);
            }
            for (String t : p.lines("nlp-org-cues")) {
                orgCues.add(t.toLowerCase(Locale.ROOT));
            }
            for (String t : p.lines("nlp-place-cues")) {
                placeCues.add(t.toLowerCase(Locale.ROOT));
            }
        }
        this.maxLen = max;
    }

    /** The shared instance. */
    public static Gazetteer standard() {
        return STANDARD;
    }

    private int loadGroups(String file, EntityType type) {
        int max = 1;
        try (InputStream in = Gazetteer.class.getResourceAsStream("/org/warta/nlp/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/warta/nlp/" + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                String[] names = s.split("\\|");
                Entry e = new Entry(type, names[0].strip());
                List<String> group = new ArrayList<>();
                for (String n : names) {
                    String key = key(n.strip());
                    phrases.putIfAbsent(key, e);
                    String[] kw = key.split(" ");
                    firstWords.merge(kw[0], kw.length, Math::max);
                    group.add(n.strip());
                    max = Math.max(max, key.split(" ").length);
                }
                for (String n : names) {
                    groups.putIfAbsent(key(n.strip()), List.copyOf(group));
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return max;
    }

    /** Lower-cased, hyphens and runs of spaces as one space: the lookup key of a name. */
    public static String key(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2013') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** The entry a name belongs to, if listed. */
    public Optional<Entry> lookup(String name) {
        return Optional.ofNullable(phrases.get(key(name)));
    }

    /** The alias group of a listed name (canonical first), or empty. */
    public List<String> group(String name) {
        return groups.getOrDefault(key(name), List.of());
    }

    /** Whether a lower-cased word or phrase is a person title. */
    public boolean isTitle(String lower) {
        return titles.contains(lower);
    }

    /** Whether a lower-cased word is an organisation cue. */
    public boolean isOrgCue(String lower) {
        return orgCues.contains(lower);
    }

    /** Whether a lower-cased word precedes place names ("desa", "kecamatan", "village"). */
    public boolean isPlaceCue(String lower) {
        return placeCues.contains(lower);
    }

    /** Longest title phrase ending at token {@code end - 1}, as its token count (0 when none). */
    public int titleEndingAt(List<String> tokens, int end) {
        if (end <= 0) {
            return 0;
        }
        Integer most = titleLastWords.get(key(tokens.get(end - 1)));
        if (most == null) {
            return 0;
        }
        for (int n = Math.min(most, end); n >= 1; n--) {
            if (titles.contains(joinLower(tokens, end - n, end))) {
                return n;
            }
        }
        return 0;
    }

    /**
     * Longest-first, left-to-right matches of listed names. A name must be written capitalised; short all-caps
     * forms (up to 4 letters, like "AS", "UN") must be written in capitals, so "as" or "un" never match.
     */
    public List<Match> matches(List<String> tokens) {
        List<Match> out = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            int found = 0;
            Entry entry = null;
            Integer most = startsUpper(tokens.get(i)) ? firstWords.get(key(tokens.get(i))) : null;
            if (most != null) {
                for (int len = Math.min(most, n - i); len >= 1; len--) {
                    if (!startsUpper(tokens.get(i + len - 1)) && len > 1 && !isConnector(tokens.get(i + len - 1))) {
                        continue;
                    }
                    Entry e = phrases.get(joinLower(tokens, i, i + len));
                    if (e != null && caseOk(tokens, i, i + len)) {
                        found = len;
                        entry = e;
                        break;
                    }
                }
            }
            if (found > 0) {
                out.add(new Match(i, i + found, entry));
                i += found;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean isConnector(String t) {
        return t.equals("dan") || t.equals("of") || t.equals("the") || t.equals("and") || t.equals("de");
    }

    private static boolean caseOk(List<String> tokens, int s, int e) {
        if (e - s == 1) {
            String t = tokens.get(s);
            if (t.length() <= 4 && t.equals(t.toUpperCase(Locale.ROOT))) {
                return true;
            }
            if (t.length() <= 4) {
                // short names written in mixed case ("Mali", "Laos") are fine; "As", "Us" are not
                return t.length() > 2;
            }
        }
        return true;
    }

    static boolean startsUpper(String t) {
        return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
    }

    private static String joinLower(List<String> tokens, int s, int e) {
        if (e - s == 1) {
            return key(tokens.get(s));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = s; i < e; i++) {
            if (i > s) {
                sb.append(' ');
            }
            sb.append(tokens.get(i));
        }
        return key(sb.toString());
    }
}
