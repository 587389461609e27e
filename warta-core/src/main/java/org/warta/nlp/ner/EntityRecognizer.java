package org.warta.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.warta.lang.LanguagePacks;
import org.warta.model.EntityType;

/**
 * Finds PERSON, ORGANIZATION and LOCATION spans in one tokenised sentence. Indonesian: the trained
 * {@link PerceptronTagger} ({@code org/warta/nlp/ner-id.model.gz}), whose features include gazetteer matches (adding
 * gazetteer names the model left untagged lowered F1 on idner dev, 0.811 → 0.771, so it is not done).
 * English and other languages (no training data is available offline): rules over capitalised token runs, typed by
 * gazetteers, organisation cue words, a preceding person title or a speech verb, and the shape of two- or
 * three-word names. Thread-safe.
 */
public final class EntityRecognizer {

    /** Resource path of the Indonesian model. */
    public static final String MODEL_RESOURCE = "/org/warta/nlp/ner-id.model.gz";

    private static final class Holder {
        static final EntityRecognizer STANDARD = new EntityRecognizer(loadStandardModel(), Gazetteer.standard());
    }

    private final Optional<PerceptronTagger> indonesian;
    private final Gazetteer gazetteer;
    private final Set<String> functionWords = new HashSet<>();
    private final Set<String> speechVerbs = new HashSet<>();
    private final Set<String> dayNames = new HashSet<>();
    private final Set<String> nonNames = new HashSet<>();
    private final Set<String> nonNameHeads = new HashSet<>();

    /**
     * @param indonesian the Indonesian model, if any (without one Indonesian gets the rules too)
     * @param gazetteer  name lists
     */
    public EntityRecognizer(Optional<PerceptronTagger> indonesian, Gazetteer gazetteer) {
        this.indonesian = indonesian;
        this.gazetteer = gazetteer;
        for (String code : List.of("id", "en")) {
            var p = LanguagePacks.forCodeOrGeneric(code);
            p.lines("nlp-function-words").forEach(functionWords::add);
            p.lines("nlp-speech-verbs").forEach(speechVerbs::add);
            p.lines("nlp-non-names").forEach(nonNames::add);
            p.lines("nlp-non-name-heads").forEach(nonNameHeads::add);
            for (String l : p.lines("nlp-weekdays")) {
                String[] names = l.split("\\|");
                for (int i = 1; i < names.length; i++) {
                    if (names[i].length() > 3) {
                        dayNames.add(names[i].strip());
                    }
                }
            }
        }
    }

    /** The recogniser with the shipped model. */
    public static EntityRecognizer standard() {
        return Holder.STANDARD;
    }

    private static Optional<PerceptronTagger> loadStandardModel() {
        try (InputStream in = EntityRecognizer.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(PerceptronTagger.load(in, new NerFeatures(Gazetteer.standard(), WordClusters.standard())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + MODEL_RESOURCE, e);
        }
    }

    /** Whether the trained Indonesian model is available. */
    public boolean hasModel() {
        return indonesian.isPresent();
    }

    /** Entity spans of one sentence of news in the given language ("id", "en", ...). */
    public List<NerSpan> recognize(List<String> tokens, String language) {
        return recognize(tokens, language, PerceptronTagger.NEWS);
    }

    /** Entity spans of one sentence; {@code domain} selects the model's domain-specific weights. */
    public List<NerSpan> recognize(List<String> tokens, String language, String domain) {
        if (tokens.isEmpty()) {
            return List.of();
        }
        if (language.equals("id") && indonesian.isPresent()) {
            List<NerSpan> spans = splitTitledNames(tokens, BioTags.chunks(indonesian.get().tag(tokens, domain)));
            return organisationsByCue(tokens, relabelListed(tokens,
                    addKnownPersons(tokens, cutListedPlaces(tokens, trimDayNames(tokens, spans)))));
        }
        return organisationsByCue(tokens, rules(tokens));
    }

    /**
     * Drops non-names; a person span that starts with or follows a place cue ("Desa Sukamanah", "East Kalimantan")
     * is a place. Organisation cue words decide between a person and an organisation: a person span that begins or ends with
     * one ("Mahakam United", "Kanazawa Blaue FC", "Masjid Nurul Huda") is an organisation; a span with a cue word
     * inside followed by two to four name-shaped words ("Mahakam United Rudi Hartanto") is that organisation and
     * the person after it, when the Indonesian model (if there is one) tags those words alone as one person
     * ("Badan Pemenangan Pemilu", "PETA Pembela Tanah Air" stay whole: on idner dev the unchecked split cost 0.004 F1
     * over five seeds).
     */
    List<NerSpan> organisationsByCue(List<String> tokens, List<NerSpan> spans) {
        List<NerSpan> out = new ArrayList<>(spans.size());
        for (NerSpan s : spans) {
            if (nonName(tokens, s)) {
                continue;
            }
            int cut = -1;
            for (int c = s.start(); c < s.end() - 2; c++) {
                String t = tokens.get(c);
                boolean orgCue = gazetteer.isOrgCue(t.toLowerCase(Locale.ROOT));
                // a cue that opens the span splits only when it ends a name begun before ("Mahakam [United Rudi
                // Hartanto]") or is an acronym that is not itself a prefix cue ("[BMKG Ratna Kusumawardani]")
                boolean cue = c > s.start() ? orgCue || acronym(t)
                        : orgCue && s.start() > 0 && Character.isUpperCase(tokens.get(s.start() - 1).charAt(0))
                                || acronym(t) && !orgCue;
                if (cue && s.end() - c - 1 <= 4 && nameShaped(tokens, c + 1, s.end())) {
                    cut = c + 1;
                }
            }
            if (s.type() == EntityType.PERSON && (s.start() > 0
                    && gazetteer.isPlaceCue(tokens.get(s.start() - 1).toLowerCase(Locale.ROOT))
                    || s.end() - s.start() >= 2 && gazetteer.isPlaceCue(tokens.get(s.start()).toLowerCase(Locale.ROOT)))) {
                out.add(new NerSpan(s.start(), s.end(), EntityType.LOCATION));
                continue;
            }
            if (cut > 0 && s.type() != EntityType.LOCATION && modelSaysPerson(tokens.subList(cut, s.end()))) {
                int from = s.start();
                if (cut == from + 1) {
                    // "Mahakam" + "United": the name the cue ends began before the span
                    while (from > 0 && Character.isUpperCase(tokens.get(from - 1).charAt(0))
                            && !gazetteer.isTitle(tokens.get(from - 1).toLowerCase(Locale.ROOT))) {
                        from--;
                    }
                    while (!out.isEmpty() && out.get(out.size() - 1).end() > from) {
                        from = Math.min(from, out.remove(out.size() - 1).start());
                    }
                }
                out.add(new NerSpan(from, cut, EntityType.ORGANIZATION));
                out.add(new NerSpan(cut, s.end(), EntityType.PERSON));
                continue;
            }
            if (s.end() - s.start() == 1 && s.type() == EntityType.ORGANIZATION && s.start() > 0
                    && gazetteer.isOrgCue(tokens.get(s.start()).toLowerCase(Locale.ROOT))) {
                // a cue word alone ("[United]" after "Mahakam") ends a name begun before it
                int from = s.start();
                while (from > 0 && nameWord(tokens.get(from - 1))
                        && !gazetteer.isTitle(tokens.get(from - 1).toLowerCase(Locale.ROOT))) {
                    from--;
                }
                while (!out.isEmpty() && out.get(out.size() - 1).end() > from) {
                    out.remove(out.size() - 1);
                }
                out.add(new NerSpan(from, s.end(), EntityType.ORGANIZATION));
                continue;
            }
            if (s.type() == EntityType.PERSON && (gazetteer.isOrgCue(tokens.get(s.start()).toLowerCase(Locale.ROOT))
                    || gazetteer.isOrgCue(tokens.get(s.end() - 1).toLowerCase(Locale.ROOT)))) {
                out.add(new NerSpan(s.start(), s.end(), EntityType.ORGANIZATION));
                continue;
            }
            out.add(s);
        }
        return out;
    }

    /**
     * "Presiden Rusia Vladimir Putin", "Gelandang asal Jepang Kenta Morishita": a span that is not a person and
     * begins with a listed place and goes on with two to four capitalised words no list knows, the span is split
     * into that place and the person after it.
     */
    List<NerSpan> splitTitledNames(List<String> tokens, List<NerSpan> spans) {
        List<NerSpan> out = new ArrayList<>();
        for (NerSpan s : spans) {
            if (s.type() != EntityType.PERSON && s.end() - s.start() >= 2) {
                List<Gazetteer.Match> ms = gazetteer.matches(tokens.subList(s.start(), s.end()));
                int cut = ms.isEmpty() ? -1 : s.start() + ms.get(0).end();
                if (!ms.isEmpty() && ms.get(0).start() == 0 && ms.get(0).entry().type() == EntityType.LOCATION
                        && s.end() - cut >= 2 && s.end() - cut <= 4 && nameShaped(tokens, cut, s.end())) {
                    out.add(new NerSpan(s.start(), cut, ms.get(0).entry().type()));
                    out.add(new NerSpan(cut, s.end(), EntityType.PERSON));
                    continue;
                }
            }
            out.add(s);
        }
        return out;
    }

    /**
     * Page furniture and other capitalised non-names ({@code nlp-non-names}: "Salin Link", "Editor"), and runs
     * ending in a non-name head ({@code nlp-non-name-heads}: "Western Indonesia Time").
     */
    private boolean nonName(List<String> tokens, NerSpan s) {
        if (nonNameHeads.contains(tokens.get(s.end() - 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int i = s.start(); i < s.end(); i++) {
            if (!nonNames.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the Indonesian model, given these tokens alone, tags them as one person (true without a model). */
    private boolean modelSaysPerson(List<String> name) {
        if (indonesian.isEmpty()) {
            return true;
        }
        List<NerSpan> chunks = BioTags.chunks(indonesian.get().tag(name));
        return chunks.size() == 1 && chunks.get(0).type() == EntityType.PERSON && chunks.get(0).start() == 0
                && chunks.get(0).end() == name.size();
    }

    /** A capitalised word with a lower-case letter ("Mahakam", not "KPK" or ","). */
    private static boolean nameWord(String t) {
        return t.length() > 1 && Character.isUpperCase(t.charAt(0)) && !t.equals(t.toUpperCase(Locale.ROOT));
    }

    /** "BMKG", "DPR": two or more capital letters, nothing else. */
    private static boolean acronym(String t) {
        if (t.length() < 2) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isUpperCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether every token is a capitalised word with lower-case letters that no list knows. */
    private boolean nameShaped(List<String> tokens, int s, int e) {
        for (int i = s; i < e; i++) {
            String t = tokens.get(i);
            if (!Character.isUpperCase(t.charAt(0)) || t.equals(t.toUpperCase(Locale.ROOT))
                    || !gazetteer.matches(List.of(t)).isEmpty() || gazetteer.isOrgCue(t.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /** "Amanda Vanstone Selasa", "the Financial Times Senin": a trailing day name is a date, not part of a name. */
    List<NerSpan> trimDayNames(List<String> tokens, List<NerSpan> spans) {
        List<NerSpan> out = new ArrayList<>(spans.size());
        for (NerSpan s : spans) {
            int e = s.end();
            while (e - s.start() > 1 && dayNames.contains(tokens.get(e - 1).toLowerCase(Locale.ROOT))) {
                e--;
            }
            out.add(e == s.end() ? s : new NerSpan(s.start(), e, s.type()));
        }
        return out;
    }

    /**
     * A person span that begins inside a listed place or organisation ("[Utara Kim Jong Un]" after "Korea") starts
     * after it; the place becomes its own span when no other span covers it.
     */
    List<NerSpan> cutListedPlaces(List<String> tokens, List<NerSpan> spans) {
        List<Gazetteer.Match> listed = null;
        List<NerSpan> out = new ArrayList<>(spans.size() + 1);
        for (NerSpan s : spans) {
            if (s.type() != EntityType.PERSON) {
                out.add(s);
                continue;
            }
            if (listed == null) {
                listed = gazetteer.matches(tokens);
            }
            NerSpan cut = s;
            for (Gazetteer.Match m : listed) {
                if (m.entry().type() != EntityType.PERSON && m.start() <= s.start() && m.end() > s.start()
                        && m.end() < s.end()) {
                    cut = new NerSpan(m.end(), s.end(), EntityType.PERSON);
                    boolean covered = false;
                    for (NerSpan o : spans) {
                        covered |= o != s && o.start() < m.end() && m.start() < o.end();
                    }
                    if (!covered) {
                        out.add(new NerSpan(m.start(), m.end(), m.entry().type()));
                    }
                    break;
                }
            }
            out.add(cut);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * A span that is exactly a listed name takes the listed type ("Kremlin" is an organisation); so does a span
     * followed by a listed abbreviation in brackets whose full name ends with the span's last word ("Badan
     * Meteorologi, Klimatologi, dan [Geofisika] (BMKG)": the span is the tail of that name, not a person).
     */
    List<NerSpan> relabelListed(List<String> tokens, List<NerSpan> spans) {
        List<NerSpan> out = new ArrayList<>(spans.size());
        for (NerSpan s : spans) {
            Optional<EntityType> abbreviated = abbreviatedBy(tokens, s);
            if (abbreviated.isPresent() && abbreviated.get() != s.type()) {
                out.add(new NerSpan(s.start(), s.end(), abbreviated.get()));
                continue;
            }
            List<Gazetteer.Match> ms = gazetteer.matches(tokens.subList(s.start(), s.end()));
            if (ms.size() == 1 && ms.get(0).start() == 0 && ms.get(0).end() == s.end() - s.start()
                    && ms.get(0).entry().type() != s.type()) {
                out.add(new NerSpan(s.start(), s.end(), ms.get(0).entry().type()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** The listed type of "( ABBR )" right after the span when ABBR's full name ends with the span's last word. */
    private Optional<EntityType> abbreviatedBy(List<String> tokens, NerSpan s) {
        int e = s.end();
        if (e + 2 >= tokens.size() || !tokens.get(e).equals("(") || !tokens.get(e + 2).equals(")")) {
            return Optional.empty();
        }
        Optional<Gazetteer.Entry> abbr = gazetteer.lookup(tokens.get(e + 1));
        if (abbr.isEmpty()) {
            return Optional.empty();
        }
        String full = Gazetteer.key(abbr.get().canonical());
        String last = Gazetteer.key(tokens.get(e - 1));
        return full.endsWith(" " + last) ? Optional.of(abbr.get().type()) : Optional.empty();
    }

    /** Listed people the model left untagged (no token of the match inside a predicted span). */
    List<NerSpan> addKnownPersons(List<String> tokens, List<NerSpan> spans) {
        List<NerSpan> out = new ArrayList<>(spans);
        boolean added = false;
        for (Gazetteer.Match m : gazetteer.matches(tokens)) {
            if (m.entry().type() != EntityType.PERSON || m.end() - m.start() < 2) {
                continue;
            }
            boolean free = true;
            for (NerSpan s : spans) {
                free &= s.end() <= m.start() || s.start() >= m.end();
            }
            if (free) {
                out.add(new NerSpan(m.start(), m.end(), EntityType.PERSON));
                added = true;
            }
        }
        if (added) {
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return out;
    }

    /** Rule-based recognition over capitalised runs. */
    List<NerSpan> rules(List<String> tokens) {
        List<NerSpan> out = new ArrayList<>();
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            if (!isNameToken(tokens.get(i))) {
                i++;
                continue;
            }
            int s = i;
            int e = i + 1;
            while (e < n) {
                if (isNameToken(tokens.get(e))) {
                    e++;
                } else if (e + 1 < n && isConnector(tokens.get(e)) && isNameToken(tokens.get(e + 1))) {
                    e += 2;
                } else {
                    break;
                }
            }
            i = e;
            if (s == 0 && functionWords.contains(tokens.get(s).toLowerCase(Locale.ROOT))) {
                s++;
            }
            boolean titled = false;
            for (int k = e - 1; k > s; k--) {
                int t = titleAt(tokens, k, e);
                if (t > 0 && k + t < e) {
                    // "Russian President Vladimir Putin": what precedes the title qualifies it
                    addListed(tokens, s, k, out);
                    s = k;
                    break;
                }
            }
            int t;
            while (s < e && (t = titleAt(tokens, s, e)) > 0) {
                s += t;
                titled = true;
            }
            if (s >= e) {
                continue;
            }
            if (e < n && gazetteer.isTitle(tokens.get(e)) && Character.isLowerCase(tokens.get(e).charAt(0))) {
                // "North Korean leader Kim": a qualifier of a title, a name only if listed
                addListed(tokens, s, e, out);
                continue;
            }
            if (!titled) {
                titled = gazetteer.titleEndingAt(tokens, s) > 0;
            }
            int from = s;
            int to = e;
            typeOf(tokens, s, e, titled).ifPresent(ty -> out.add(new NerSpan(from, to, ty)));
        }
        return out;
    }

    private void addListed(List<String> tokens, int s, int e, List<NerSpan> out) {
        if (s >= e) {
            return;
        }
        for (Gazetteer.Match m : gazetteer.matches(tokens.subList(s, e))) {
            out.add(new NerSpan(s + m.start(), s + m.end(), m.entry().type()));
        }
    }

    private int titleAt(List<String> tokens, int s, int e) {
        for (int len = Math.min(3, e - s); len >= 1; len--) {
            StringBuilder sb = new StringBuilder();
            for (int k = s; k < s + len; k++) {
                if (k > s) {
                    sb.append(' ');
                }
                sb.append(tokens.get(k).toLowerCase(Locale.ROOT));
            }
            if (gazetteer.isTitle(sb.toString()) && gazetteer.lookup(sb.toString()).isEmpty()) {
                return len;
            }
        }
        return 0;
    }

    private Optional<EntityType> typeOf(List<String> tokens, int s, int e, boolean titled) {
        StringBuilder sb = new StringBuilder();
        for (int k = s; k < e; k++) {
            if (k > s) {
                sb.append(' ');
            }
            sb.append(tokens.get(k));
        }
        String name = sb.toString();
        Optional<Gazetteer.Entry> g = gazetteer.lookup(name);
        if (g.isPresent()) {
            return Optional.of(g.get().type());
        }
        String first = tokens.get(s).toLowerCase(Locale.ROOT);
        String last = tokens.get(e - 1).toLowerCase(Locale.ROOT);
        if (gazetteer.isOrgCue(first) || gazetteer.isOrgCue(last)) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        if (titled) {
            return Optional.of(EntityType.PERSON);
        }
        boolean speech = s > 0 && speechVerbs.contains(tokens.get(s - 1).toLowerCase(Locale.ROOT))
                || e < tokens.size() && speechVerbs.contains(tokens.get(e).toLowerCase(Locale.ROOT));
        if (speech) {
            return Optional.of(EntityType.PERSON);
        }
        if (e - s >= 2 && e - s <= 4 && allNameShaped(tokens, s, e)) {
            return Optional.of(EntityType.PERSON);
        }
        String t = tokens.get(s);
        if (e - s == 1 && t.length() >= 2 && t.equals(t.toUpperCase(Locale.ROOT)) && Character.isLetter(t.charAt(0))) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        return Optional.empty();
    }

    private static boolean allNameShaped(List<String> tokens, int s, int e) {
        for (int k = s; k < e; k++) {
            String t = tokens.get(k);
            if (t.length() < 2 || !Character.isUpperCase(t.charAt(0)) || t.equals(t.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private boolean isNameToken(String t) {
        if (t.isEmpty() || !Character.isUpperCase(t.codePointAt(0))) {
            return false;
        }
        return t.length() > 1 || Character.isLetter(t.charAt(0));
    }

    private static boolean isConnector(String t) {
        return switch (t) {
            case "of", "de", "bin", "binti", "van", "von", "al", "da", "la", "del", "der" -> true;
            default -> false;
        };
    }
}
