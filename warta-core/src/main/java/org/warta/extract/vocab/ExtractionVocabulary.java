package org.warta.extract.vocab;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.warta.lang.LanguagePack;
import org.warta.lang.LanguagePacks;

/**
 * Everything extraction knows about languages, merged from the data files of every installed
 * {@link LanguagePack}: boilerplate phrases ({@code boilerplate.txt}), month and day names ({@code months.txt},
 * {@code days.txt}), time zones ({@code timezones.txt}), relative-time words ({@code relative-time.txt}), credit
 * phrases ({@code credit-patterns.txt}) and agency names ({@code agencies.txt}). Pages mix languages (an
 * Indonesian page with an English date line), so the lists are merged rather than chosen per page. Adding a
 * language is adding its pack and data files; no code here changes.
 */
public final class ExtractionVocabulary {

    private static final ExtractionVocabulary INSTALLED = new ExtractionVocabulary(LanguagePacks.all());

    private final Set<String> markers = new TreeSet<>();
    private final Set<String> headings = new TreeSet<>();
    private final List<String> seeAlso = new ArrayList<>();
    private final List<String> captionPrefixes = new ArrayList<>();
    private final List<String> tagPrefixes = new ArrayList<>();
    private final Set<String> pageWords = new TreeSet<>();
    private final Set<String> promo = new TreeSet<>();
    private final Set<String> notice = new TreeSet<>();
    private final Set<String> rights = new TreeSet<>();
    private final Map<String, Integer> months = new HashMap<>();
    private final Set<String> days = new TreeSet<>();
    private final Map<String, ZoneOffset> zones = new LinkedHashMap<>();
    private final Map<String, Long> units = new HashMap<>();
    private final List<String> agoWords = new ArrayList<>();
    private final List<String> nowWords = new ArrayList<>();
    private final List<Pattern> creditPatterns = new ArrayList<>();
    private final Agencies agencies;

    /** The vocabulary of the given packs. */
    public ExtractionVocabulary(Collection<LanguagePack> packs) {
        List<String> agencyLines = new ArrayList<>();
        for (LanguagePack p : packs) {
            for (String line : p.lines("boilerplate")) {
                int sp = line.indexOf(' ');
                int tab = line.indexOf('\t');
                int cut = sp < 0 ? tab : tab < 0 ? sp : Math.min(sp, tab);
                if (cut < 0) {
                    continue;
                }
                String kind = line.substring(0, cut);
                String phrase = line.substring(cut + 1).strip().toLowerCase(Locale.ROOT);
                switch (kind) {
                    case "marker" -> markers.add(phrase);
                    case "heading" -> headings.add(phrase);
                    case "seealso" -> seeAlso.add(phrase);
                    case "caption" -> captionPrefixes.add(phrase);
                    case "tagline" -> tagPrefixes.add(phrase);
                    case "pageword" -> pageWords.add(phrase);
                    case "promo" -> promo.add(phrase);
                    case "notice" -> notice.add(phrase);
                    case "rights" -> rights.add(phrase);
                    default -> throw new IllegalStateException("unknown boilerplate kind '" + kind + "' in " + p);
                }
            }
            for (String line : p.lines("months")) {
                String[] f = line.split("\\s+");
                int month = Integer.parseInt(f[0]);
                for (int i = 1; i < f.length; i++) {
                    months.put(f[i].toLowerCase(Locale.ROOT), month);
                }
            }
            p.lines("days").forEach(d -> days.add(d.toLowerCase(Locale.ROOT)));
            for (String line : p.lines("timezones")) {
                String[] f = line.split("\\s+");
                zones.put(f[0], ZoneOffset.of(f[1]));
            }
            for (String line : p.lines("relative-time")) {
                String[] f = line.split("\\s+", 2);
                switch (f[0]) {
                    case "unit" -> {
                        String[] u = f[1].split("\\s+");
                        units.put(u[0].toLowerCase(Locale.ROOT), Long.parseLong(u[1]));
                    }
                    case "ago" -> agoWords.add(f[1].toLowerCase(Locale.ROOT));
                    case "now" -> nowWords.add(f[1].toLowerCase(Locale.ROOT));
                    default -> throw new IllegalStateException("unknown relative-time kind '" + f[0] + "' in " + p);
                }
            }
            for (String line : p.lines("credit-patterns")) {
                creditPatterns.add(Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            }
            agencyLines.addAll(p.lines("agencies"));
        }
        agoWords.sort((a, b) -> b.length() - a.length());
        this.agencies = new Agencies(agencyLines);
    }

    /** The vocabulary of every installed language pack. */
    public static ExtractionVocabulary installed() {
        return INSTALLED;
    }

    /** Whole-line widget words ("Bagikan", "Iklan", "×"), lower case. */
    public Set<String> markers() {
        return markers;
    }

    /** Whole-line headings that open link lists ("Berita Terkait"), lower case. */
    public Set<String> headings() {
        return headings;
    }

    /** Prefixes of inserted links ("baca juga"), lower case. */
    public List<String> seeAlsoPrefixes() {
        return seeAlso;
    }

    /** Prefixes of photo captions and credits ("foto:"), lower case. */
    public List<String> captionPrefixes() {
        return captionPrefixes;
    }

    /**
     * Words of pagination controls ("halaman", "selanjutnya", "page", "of", "next"), lower case: a short block made
     * only of these, numbers and arrows is a pager.
     */
    public Set<String> pageWords() {
        return pageWords;
    }

    /**
     * Phrases of calls to action after an article ("newsletter", "subscribe", "follow us", "könnte Sie auch
     * interessieren"), lower case, matched as whole words anywhere in a short line near the end.
     */
    public Set<String> promoPhrases() {
        return promo;
    }

    /**
     * Phrases of notices before an article (cookie banners, browser warnings, affiliate disclosures), lower case,
     * matched as whole words anywhere in a short line near the start.
     */
    public Set<String> noticePhrases() {
        return notice;
    }

    /** Phrases of rights and picture-credit lines ("©", "all rights reserved"), lower case. */
    public Set<String> rightsPhrases() {
        return rights;
    }

    /** Prefixes of tag lines ("tags:"), lower case. */
    public List<String> tagPrefixes() {
        return tagPrefixes;
    }

    /** Month number of a month name or abbreviation (lower case). */
    public Optional<Integer> month(String name) {
        return Optional.ofNullable(months.get(name.toLowerCase(Locale.ROOT)));
    }

    /** All month spellings, lower case. */
    public Set<String> monthNames() {
        return months.keySet();
    }

    /** Day names, lower case. */
    public Set<String> dayNames() {
        return days;
    }

    /** Time-zone abbreviations ("WIB") and their offsets. */
    public Map<String, ZoneOffset> timeZones() {
        return zones;
    }

    /** Relative-time unit words and their lengths in seconds. */
    public Map<String, Long> relativeUnits() {
        return units;
    }

    /** Words that follow a relative time ("lalu", "ago"), longest first. */
    public List<String> agoWords() {
        return agoWords;
    }

    /** Words meaning "now". */
    public List<String> nowWords() {
        return nowWords;
    }

    /** Credit phrases, each with a group named {@code src}. */
    public List<Pattern> creditPatterns() {
        return creditPatterns;
    }

    /** Known agencies and outlets. */
    public Agencies agencies() {
        return agencies;
    }
}
