package org.warta.nlp.quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.lang.LanguagePacks;
import org.warta.model.EntityType;
import org.warta.model.Quote;
import org.warta.nlp.alias.NameForms;
import org.warta.nlp.ner.Gazetteer;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

/**
 * Attributes quotes to speakers with attribution patterns, in this order:
 * <ol>
 *   <li>after the quote: {@code ", kata Putin"}, {@code "ujar dia"}, {@code "katanya"}, {@code "said Putin"},
 *       {@code "Putin said"}, {@code "he said"}, {@code "kata presiden Rusia tersebut"};</li>
 *   <li>before it, in the same sentence: {@code "Kim mengatakan, …"}, {@code "Menurut X, …"},
 *       {@code "X said: …"}, {@code "according to X, …"};</li>
 *   <li>for a partial quote: the person who is the subject of its sentence, or the one a pronoun there means.</li>
 * </ol>
 * The speaker phrase resolves to a named person mention (its canonical name); a pronoun ("dia", "ia", "beliau",
 * "-nya", "he", "she") to the person named last before the quote when named after the last attributed quote
 * (the person of the previous sentence), else to the last named speaker; a title phrase ("presiden Rusia tersebut", "the president") to the latest person introduced with
 * that title; an unrecognised capitalised name to itself, or to the person whose fuller name contains it. In the
 * spirit of Pareti et al. (2013, "Automatically detecting and attributing indirect quotations") and Pouliquen et
 * al. (2007, "Automatic detection of quotations in multilingual news"), simplified to direct quotes. Stateless and
 * thread-safe.
 */
public final class SpeakerAttributor {

    /** Characters after a closing mark searched for an attribution (default 90). */
    public static final int AFTER_WINDOW = 90;
    /** Characters before an opening mark searched for an attribution (default 160). */
    public static final int BEFORE_WINDOW = 160;
    /** Characters after the verb within which the speaker's name must start (default 80). */
    public static final int ROLE_PHRASE = 80;
    /** Characters after a closing mark searched for a speaker with an apposition or a role phrase (default 220). */
    public static final int WIDE_AFTER_WINDOW = 220;

    private final Gazetteer gazetteer;
    private final Set<String> verbs = new HashSet<>();
    private final Set<String> pronouns = new HashSet<>();
    private final Pattern beforePattern;

    public SpeakerAttributor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        List<String> multi = new ArrayList<>();
        for (String code : List.of("id", "en")) {
            var p = LanguagePacks.forCodeOrGeneric(code);
            for (String v : p.lines("nlp-speech-verbs")) {
                verbs.add(v);
                multi.add(Pattern.quote(v));
            }
            p.lines("nlp-pronouns").forEach(pronouns::add);
        }
        this.beforePattern = Pattern.compile("(?i)(?<![\\p{L}])(" + String.join("|", multi) + ")(?![\\p{L}])");
    }

    /**
     * Quotes with speakers.
     *
     * @param text      the article text
     * @param spans     the quotes found in it
     * @param sentences its sentences
     * @param mentions  entity mentions with canonical names, in text order
     */
    public List<Quote> attribute(String text, List<QuoteSpan> spans, List<Span> sentences, List<NamedMention> mentions) {
        List<NamedMention> persons = new ArrayList<>();
        for (NamedMention m : mentions) {
            if (m.type() == EntityType.PERSON && !insideQuote(m, spans)) {
                persons.add(m);
            }
        }
        List<Quote> out = new ArrayList<>();
        Optional<String> lastSpeaker = Optional.empty();
        int lastSpeakerAt = -1;
        for (QuoteSpan q : spans) {
            Span sentence = sentenceAt(sentences, q.open());
            Context ctx = new Context(text, persons, sentences, lastSpeaker, lastSpeakerAt, q.open());
            Optional<String> speaker = after(text, q, ctx);
            if (speaker.isEmpty()) {
                speaker = afterWide(text, q, ctx);
            }
            if (speaker.isEmpty()) {
                speaker = before(text, q, sentence, ctx);
            }
            if (speaker.isEmpty() && q.partial()) {
                speaker = subject(text, q, sentence, ctx);
            }
            speaker = speaker.map(sp -> fullest(sp, ctx));
            if (speaker.isPresent()) {
                lastSpeaker = speaker;
                lastSpeakerAt = q.close();
            }
            out.add(new Quote(text.substring(q.start(), q.end()), speaker, q.start(), q.end(), q.partial()));
        }
        return out;
    }

    private record Context(String text, List<NamedMention> persons, List<Span> sentences,
            Optional<String> lastSpeaker, int lastSpeakerAt, int at) {
    }

    private static boolean insideQuote(NamedMention m, List<QuoteSpan> spans) {
        for (QuoteSpan q : spans) {
            if (!q.partial() && m.start() >= q.start() && m.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }

    private static Span sentenceAt(List<Span> sentences, int pos) {
        for (Span s : sentences) {
            if (pos >= s.start() && pos < s.end()) {
                return s;
            }
        }
        return new Span("", pos, pos);
    }

    /** End of the attribution window after {@code from}: at most {@code width} chars, cut at a sentence end or a new quote. */
    private static int clauseEnd(String text, int from, int width) {
        int to = Math.min(text.length(), from + width);
        int stop = firstOf(text, from, to, ".!?\n\u201C\"");
        return stop >= 0 ? stop : to;
    }

    /** Attribution after the closing mark: verb then speaker, or speaker then verb. */
    private Optional<String> after(String text, QuoteSpan q, Context ctx) {
        int from = q.close();
        int to = clauseEnd(text, from, AFTER_WINDOW);
        if (to <= from) {
            return Optional.empty();
        }
        List<Span> toks = Tokenizer.tokens(text.substring(from, to));
        for (int i = 0; i < Math.min(4, toks.size()); i++) {
            String w = toks.get(i).text().toLowerCase(Locale.ROOT);
            String two = i + 1 < toks.size() ? w + " " + toks.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
            int verbLen = verbs.contains(two) ? 2 : verbs.contains(w) ? 1 : 0;
            if (verbLen == 0) {
                continue;
            }
            if (!subjectLike(toks.subList(0, i))) {
                return Optional.empty();
            }
            if (w.endsWith("nya") && verbLen == 1) {
                return pronoun(ctx);
            }
            if (i + verbLen < toks.size()) {
                Span np = toks.get(i + verbLen);
                Optional<String> s = phrase(text, from + np.start(), to, ctx);
                if (s.isPresent()) {
                    return s;
                }
            }
            if (i > 0) {
                return phrase(text, from + toks.get(0).start(), from + toks.get(i).start(), ctx);
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A longer attribution after the closing mark, up to the sentence end: a person named right before a speech
     * verb ("…,” BMKG earthquake center head Ratna Kusumawardani said") or a person right after the quote followed
     * by an apposition and the verb ("…,” Agus Supriatna, head of the Pandeglang BPBD, said").
     */
    private Optional<String> afterWide(String text, QuoteSpan q, Context ctx) {
        int from = q.close();
        int to = clauseEnd(text, from, WIDE_AFTER_WINDOW);
        if (to <= from) {
            return Optional.empty();
        }
        List<Span> toks = Tokenizer.tokens(text.substring(from, to));
        int verbAt = -1;
        for (Span t : toks) {
            if (verbs.contains(t.text().toLowerCase(Locale.ROOT))) {
                verbAt = from + t.start();
                break;
            }
        }
        if (verbAt < 0) {
            return Optional.empty();
        }
        for (NamedMention p : ctx.persons()) {
            if (p.start() >= from && p.end() <= verbAt && text.substring(p.end(), verbAt).isBlank()) {
                return Optional.of(p.canonical());
            }
        }
        for (NamedMention p : ctx.persons()) {
            if (p.start() >= from && p.end() <= verbAt && text.substring(from, p.start()).strip().matches("[,\\s]*")
                    && text.substring(p.end()).startsWith(",")) {
                return Optional.of(p.canonical());
            }
        }
        return Optional.empty();
    }

    /**
     * The fullest form of a speaker's name in the article: "Hendra" becomes "Hendra Gunawan Prasetyo" when that is
     * the only person whose name contains it (else the one of them named last before the quote).
     */
    private String fullest(String speaker, Context ctx) {
        List<String> words = NameForms.words(speaker);
        String best = speaker;
        int bestWords = words.size();
        String lastBefore = null;
        Set<String> candidates = new HashSet<>();
        for (NamedMention p : ctx.persons()) {
            List<String> pw = NameForms.words(p.canonical());
            if (pw.size() > words.size() && java.util.Collections.indexOfSubList(pw, words) >= 0) {
                candidates.add(p.canonical());
                if (p.start() < ctx.at()) {
                    lastBefore = p.canonical();
                }
                if (pw.size() > bestWords) {
                    best = p.canonical();
                    bestWords = pw.size();
                }
            }
        }
        if (candidates.size() > 1) {
            return lastBefore != null ? lastBefore : speaker;
        }
        return candidates.isEmpty() && words.size() == 1 ? fullestInText(speaker, ctx.text()) : best;
    }

    /**
     * A one-word speaker the recogniser found only alone: the text's longest "Kenta Morishita" for "Morishita",
     * extended over the capitalised words right before it that no list knows (not a place, title or organisation
     * cue) and that the text never writes in lower case.
     */
    private String fullestInText(String speaker, String text) {
        Matcher m = Pattern.compile("(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'-]+ ){1,3})" + Pattern.quote(speaker)
                + "(?![\\p{L}])").matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        String best = speaker;
        // The pattern can only end at an occurrence of the name, so it is run only over the stretch before each one
        // (a name's words are far shorter than the window) instead of trying it at every position of the text.
        for (int at = text.indexOf(speaker); at >= 0; at = text.indexOf(speaker, at + 1)) {
            m.region(Math.max(0, at - NAME_WINDOW), Math.min(text.length(), at + speaker.length()));
            best = longestBefore(m, speaker, text, best);
        }
        return best;
    }

    /** Characters before an occurrence of a one-word speaker searched for the words of its full name. */
    private static final int NAME_WINDOW = 200;

    private String longestBefore(Matcher m, String speaker, String text, String bestSoFar) {
        String best = bestSoFar;
        while (m.find()) {
            String[] pre = m.group(1).strip().split(" ");
            int k = pre.length;
            while (k > 0 && nameWord(pre[k - 1], text)) {
                k--;
            }
            if (k < pre.length) {
                String full = String.join(" ", java.util.Arrays.copyOfRange(pre, k, pre.length)) + " " + speaker;
                if (full.length() > best.length()) {
                    best = full;
                }
            }
        }
        return best;
    }

    private boolean nameWord(String w, String text) {
        String l = w.toLowerCase(Locale.ROOT);
        if (gazetteer.isTitle(l) || gazetteer.isOrgCue(l) || gazetteer.lookup(w).isPresent() || verbs.contains(l)
                || pronouns.contains(l)) {
            return false;
        }
        Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        while (m.find()) {
            if (Character.isLowerCase(text.charAt(m.start()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the words before an attribution verb can be its subject: names, pronouns, "the" + title. */
    private boolean subjectLike(List<Span> words) {
        for (Span w : words) {
            String t = w.text();
            String l = t.toLowerCase(Locale.ROOT);
            if (!Character.isUpperCase(t.charAt(0)) && !pronouns.contains(l) && !l.equals("the")
                    && !gazetteer.isTitle(l)) {
                return false;
            }
        }
        return true;
    }

    /** Attribution before the opening mark, in the same sentence: "X mengatakan, “…”", "Menurut X, “…”". */
    private Optional<String> before(String text, QuoteSpan q, Span sentence, Context ctx) {
        int from = Math.max(Math.max(sentence.start(), q.open() - BEFORE_WINDOW), paragraphStart(text, q.open()));
        if (from >= q.open()) {
            return Optional.empty();
        }
        String window = text.substring(from, q.open());
        if (!window.strip().isEmpty() && ",:".indexOf(window.strip().charAt(window.strip().length() - 1)) < 0) {
            return Optional.empty();
        }
        Matcher m = beforePattern.matcher(window);
        int vs = -1;
        int ve = -1;
        while (m.find()) {
            vs = m.start();
            ve = m.end();
        }
        if (vs < 0) {
            return Optional.empty();
        }
        String verb = window.substring(vs, ve).toLowerCase(Locale.ROOT);
        if (verb.endsWith("nya")) {
            return pronoun(ctx);
        }
        if (verb.equals("menurut") || verb.equals("according to")) {
            return phrase(text, from + ve, q.open(), ctx);
        }
        Optional<String> s = lastPersonIn(ctx, from, from + vs);
        if (s.isPresent()) {
            return s;
        }
        return phrase(text, from, from + vs, ctx);
    }

    /** A partial quote's speaker: the sentence's first person before the quote, or what its pronoun means. */
    private Optional<String> subject(String text, QuoteSpan q, Span sentence, Context ctx) {
        for (NamedMention p : ctx.persons()) {
            if (p.start() >= sentence.start() && p.end() <= q.open()) {
                return Optional.of(p.canonical());
            }
        }
        List<Span> toks = Tokenizer.tokens(text.substring(sentence.start(), Math.max(sentence.start(), q.open())));
        for (int i = 0; i < Math.min(3, toks.size()); i++) {
            if (pronouns.contains(toks.get(i).text().toLowerCase(Locale.ROOT))) {
                return pronoun(ctx);
            }
        }
        return Optional.empty();
    }

    /** Resolves the speaker phrase starting at {@code start}. */
    private Optional<String> phrase(String text, int start, int limit, Context ctx) {
        List<Span> toks = Tokenizer.tokens(text.substring(start, Math.max(start, limit)));
        if (toks.isEmpty()) {
            return Optional.empty();
        }
        String first = toks.get(0).text().toLowerCase(Locale.ROOT);
        if (pronouns.contains(first)) {
            return pronoun(ctx);
        }
        // "kata pelatih Mahakam United Rudi Hartanto": the person that ends the role phrase
        NamedMention firstPerson = null;
        for (NamedMention p : ctx.persons()) {
            if (p.start() >= start && p.start() < Math.min(limit, start + ROLE_PHRASE)) {
                if (firstPerson == null) {
                    firstPerson = p;
                }
                if (endsPhrase(text, p.end(), limit)) {
                    // "kata Imam Masjid Nurul Huda, Abdul Rahman Lamba": a name in apposition after a comma
                    for (NamedMention q : ctx.persons()) {
                        if (q.start() > p.end() && q.start() < limit && text.substring(p.end(), q.start()).strip()
                                .equals(",") && endsPhrase(text, q.end(), limit)) {
                            return Optional.of(q.canonical());
                        }
                    }
                    return Optional.of(p.canonical());
                }
            }
        }
        if (firstPerson != null) {
            return Optional.of(firstPerson.canonical());
        }
        int k = 0;
        if (first.equals("the") && toks.size() > 1) {
            k = 1;
        }
        String w = toks.get(k).text().toLowerCase(Locale.ROOT);
        if (gazetteer.isTitle(w)) {
            return titled(w, toks, k, ctx);
        }
        List<String> name = new ArrayList<>();
        for (int i = 0; i < toks.size() && i < 4; i++) {
            String t = toks.get(i).text();
            if (!Character.isUpperCase(t.charAt(0))) {
                break;
            }
            name.add(t);
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        int titleWords = NameForms.leadingTitleWords(name, gazetteer);
        String n = String.join(" ", name.subList(titleWords, name.size()));
        List<String> words = NameForms.words(n);
        for (int i = ctx.persons().size() - 1; i >= 0; i--) {
            NamedMention p = ctx.persons().get(i);
            if (java.util.Collections.indexOfSubList(NameForms.words(p.canonical()), words) >= 0) {
                return Optional.of(p.canonical());
            }
        }
        if (gazetteer.lookup(n).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(n);
    }

    /** Whether a name ending at {@code end} ends the speaker phrase: then the limit, punctuation or a lower-case word. */
    private static boolean endsPhrase(String text, int end, int limit) {
        int i = end;
        while (i < limit && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= limit) {
            return true;
        }
        char c = text.charAt(i);
        return !Character.isLetterOrDigit(c) && c != '(' || Character.isLowerCase(c);
    }

    /** "presiden Rusia tersebut": the latest person introduced with that title (and the place, when given). */
    private Optional<String> titled(String title, List<Span> toks, int k, Context ctx) {
        String qualifier = k + 1 < toks.size() && Character.isUpperCase(toks.get(k + 1).text().charAt(0))
                ? toks.get(k + 1).text().toLowerCase(Locale.ROOT) : "";
        for (int i = ctx.persons().size() - 1; i >= 0; i--) {
            NamedMention p = ctx.persons().get(i);
            if (p.start() >= ctx.at()) {
                continue;
            }
            String before = ctx.text().substring(Math.max(0, p.start() - 40), p.start()).toLowerCase(Locale.ROOT);
            int at = before.lastIndexOf(title);
            if (at >= 0 && (qualifier.isEmpty() || before.indexOf(qualifier, at) >= 0)) {
                return Optional.of(p.canonical());
            }
        }
        return pronoun(ctx);
    }

    /**
     * What a pronoun means: the person named last before the quote (outside quotes) when that mention comes after
     * the last attributed quote, else the last named speaker.
     */
    private Optional<String> pronoun(Context ctx) {
        int since = Math.max(ctx.lastSpeakerAt(), paragraphStart(ctx.text(), ctx.at()) - 1);
        NamedMention subject = null;
        for (NamedMention p : ctx.persons()) {
            if (p.start() > since && p.end() <= ctx.at() && speechVerbAt(ctx.text(), p.end())) {
                subject = p;
            }
        }
        if (subject != null) {
            return Optional.of(subject.canonical());
        }
        NamedMention last = null;
        for (NamedMention p : ctx.persons()) {
            if (p.end() <= ctx.at()) {
                last = p;
            }
        }
        if (last != null && (ctx.lastSpeaker().isEmpty() || last.start() > ctx.lastSpeakerAt())) {
            return Optional.of(last.canonical());
        }
        return ctx.lastSpeaker();
    }

    /** Whether a speech verb follows position {@code at} ("Hartanto menambahkan, …", "Ratna said"). */
    private boolean speechVerbAt(String text, int at) {
        Matcher m = beforePattern.matcher(text);
        m.region(at, Math.min(text.length(), at + 20));
        return m.find() && text.substring(at, m.start()).isBlank();
    }

    private static Optional<String> lastPersonIn(Context ctx, int from, int to) {
        NamedMention best = null;
        for (NamedMention p : ctx.persons()) {
            if (p.start() >= from && p.end() <= to) {
                best = p;
            }
        }
        return Optional.ofNullable(best).map(NamedMention::canonical);
    }

    private static int paragraphStart(String text, int pos) {
        int p = text.lastIndexOf("\n", Math.max(0, pos - 1));
        return p < 0 ? 0 : p + 1;
    }

    private static int firstOf(String text, int from, int to, String chars) {
        for (int i = from; i < to; i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
