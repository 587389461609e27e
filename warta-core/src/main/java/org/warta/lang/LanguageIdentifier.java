package org.warta.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import org.warta.model.Article;

/**
 * Identifies an article's language (ISO 639-1) with Lingua (Peter M. Stahl, github.com/pemistahl/lingua, Apache-2.0:
 * character 1- to 5-gram models plus script and unique-character rules), restricted to a configured set of languages
 * so that look-ups stay cheap and short headlines are not mistaken for a language nobody publishes in. The outlet's
 * country, when known, is a prior: it breaks close calls between languages it speaks (Indonesian vs Malay above all).
 *
 * <p>Indonesian and Malay share most of their vocabulary and Lingua's character models often confuse them on news
 * text. When both are among Lingua's two best candidates, the decision goes to the words each language's pack lists
 * in {@code markers.txt} (Indonesian "bisa, karena, kantor, pemerintah, Kamis" against Malay "boleh, kerana, pejabat,
 * kerajaan, Khamis"): the language with more marker hits wins; on a tie, Lingua's confidences with the country prior.
 *
 * <p>Before Lingua, a {@link FunctionWordVote} (Grefenstette 1995's short-word method) decides long samples whose
 * function words clearly belong to one language: news articles of a few hundred words almost always, at a small
 * fraction of Lingua's cost (its n-gram look-ups dominate); short or unclear samples go to Lingua as before. When the
 * vote finds Indonesian or Malay, the marker words decide between them, and on a tie Lingua.
 *
 * <p>Choice: Lingua in high-accuracy mode over optimaize language-detector, because Lingua is the one that separates
 * Indonesian from Malay and is reliable on a headline of a few words; its models load lazily, per language, on first
 * use (measured: see {@code docs/language-identification.md} in the report). Thread-safe.
 */
public final class LanguageIdentifier {

    /**
     * @param languages         ISO 639-1 codes Lingua may answer; default id, ms, en, de, es, fr, tr, pl, ar, it, nl,
     *                          pt, ru, zh, ja
     * @param lowAccuracy       Lingua's low-accuracy mode (trigrams only: less memory, weaker on short texts);
     *                          default false
     * @param maxChars          how much of title + text is looked at (longer texts add time, not accuracy);
     *                          default 1,200
     * @param countryPrior      factor applied to the confidence of a language spoken in the outlet's country;
     *                          default 1.5
     * @param quickChars        a first look at this many characters decides alone when it is sure enough (see
     *                          {@code quickConfidence}); Lingua's cost grows with the text, its accuracy saturates
     *                          after a few hundred characters; default 400 (0 disables the first look). A first
     *                          look that finds Indonesian or Malay decides only when the marker words settle it.
     *                          Measured on the scale bench's stream (12,000 IndoSum/ECB+ articles): 400 gives the
     *                          long look's answer for 11,999 at about half its CPU; 250 is another 25% cheaper but
     *                          changes 15 more answers (line-up lists read as English, German or Italian)
     * @param quickConfidence   the first look decides when its best language has at least this confidence
     *                          (Lingua's confidences sum to 1); default 0.999. Measured on the 1,514 SemEval-2022
     *                          texts: 0.86 ms instead of 1.60 ms per text, the same answer for 1,513 (accuracy
     *                          0.9980 against 0.9987 for the long look alone)
     * @param functionWords     the function-word vote that decides long, clear texts before Lingua is asked
     *                          ({@link FunctionWordVote}); {@link FunctionWordVote.Settings#defaults()} by default,
     *                          {@link FunctionWordVote.Settings#disabled()} leaves every text to Lingua
     */
    public record Settings(List<String> languages, boolean lowAccuracy, int maxChars, double countryPrior,
                           int quickChars, double quickConfidence, FunctionWordVote.Settings functionWords) {
        public static final List<String> DEFAULT_LANGUAGES =
                List.of("id", "ms", "en", "de", "es", "fr", "tr", "pl", "ar", "it", "nl", "pt", "ru", "zh", "ja");

        public Settings {
            languages = List.copyOf(languages);
            if (languages.size() < 2) {
                throw new IllegalArgumentException("language identification needs at least two languages");
            }
            if (maxChars < 16) {
                throw new IllegalArgumentException("maxChars must be >= 16");
            }
            if (countryPrior < 1.0) {
                throw new IllegalArgumentException("countryPrior must be >= 1");
            }
            if (quickChars < 0 || quickConfidence <= 0 || quickConfidence > 1) {
                throw new IllegalArgumentException("quickChars must be >= 0 and quickConfidence in (0, 1]");
            }
            Objects.requireNonNull(functionWords, "functionWords");
        }

        /** Settings with the default function-word vote. */
        public Settings(List<String> languages, boolean lowAccuracy, int maxChars, double countryPrior,
                        int quickChars, double quickConfidence) {
            this(languages, lowAccuracy, maxChars, countryPrior, quickChars, quickConfidence,
                    FunctionWordVote.Settings.defaults());
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_LANGUAGES, false, 1200, 1.5, 400, 0.999);
        }

        /** The same settings with another function-word vote. */
        public Settings withFunctionWords(FunctionWordVote.Settings vote) {
            return new Settings(languages, lowAccuracy, maxChars, countryPrior, quickChars, quickConfidence, vote);
        }
    }

    /** Languages spoken in a country (ISO 3166-1 alpha-2), for the prior. */
    private static final Map<String, List<String>> COUNTRY_LANGUAGES = Map.ofEntries(
            Map.entry("ID", List.of("id")), Map.entry("MY", List.of("ms", "en")), Map.entry("BN", List.of("ms")),
            Map.entry("SG", List.of("en", "ms", "zh")), Map.entry("GB", List.of("en")), Map.entry("US", List.of("en")),
            Map.entry("AU", List.of("en")), Map.entry("DE", List.of("de")), Map.entry("AT", List.of("de")),
            Map.entry("CH", List.of("de", "fr", "it")), Map.entry("FR", List.of("fr")), Map.entry("ES", List.of("es")),
            Map.entry("TR", List.of("tr")), Map.entry("PL", List.of("pl")), Map.entry("IT", List.of("it")),
            Map.entry("NL", List.of("nl")), Map.entry("BE", List.of("nl", "fr")), Map.entry("PT", List.of("pt")),
            Map.entry("BR", List.of("pt")), Map.entry("RU", List.of("ru")), Map.entry("CN", List.of("zh")),
            Map.entry("TW", List.of("zh")), Map.entry("JP", List.of("ja")));

    private final Settings settings;
    private final LanguageDetector detector;
    /**
     * Lingua over Indonesian and Malay alone, for a text the function words put in that pair and the marker words
     * leave tied: the two languages' ranking is the one the full detector gives them, at about a seventh of its
     * look-ups (empty when the settings lack either language).
     */
    private final Optional<LanguageDetector> indonesianOrMalay;
    private final FunctionWordVote functionWords;
    private final MarkerWords markers = MarkerWords.fromPacks();

    public LanguageIdentifier() {
        this(Settings.defaults());
    }

    public LanguageIdentifier(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        List<IsoCode639_1> codes = new ArrayList<>();
        for (String code : settings.languages()) {
            try {
                codes.add(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown ISO 639-1 language code: " + code, e);
            }
        }
        LanguageDetectorBuilder b = LanguageDetectorBuilder.fromIsoCodes639_1(codes.toArray(IsoCode639_1[]::new));
        this.detector = (settings.lowAccuracy() ? b.withLowAccuracyMode() : b).build();
        if (settings.languages().contains("id") && settings.languages().contains("ms")) {
            LanguageDetectorBuilder kin = LanguageDetectorBuilder.fromLanguages(Language.INDONESIAN, Language.MALAY);
            this.indonesianOrMalay = Optional.of((settings.lowAccuracy() ? kin.withLowAccuracyMode() : kin).build());
        } else {
            this.indonesianOrMalay = Optional.empty();
        }
        this.functionWords = FunctionWordVote.fromPacks(settings.functionWords(), settings.languages());
    }

    public Settings settings() {
        return settings;
    }

    /** The language of an article's title and text, or {@link Article#UNDETERMINED} when there is no text. */
    public String identify(String title, String text) {
        return identify(title, text, Optional.empty());
    }

    /**
     * The language of an article's title and text, with the outlet's country (ISO 3166-1 alpha-2) as a prior when
     * known; {@link Article#UNDETERMINED} when there is no letter to go by.
     */
    public String identify(String title, String text, Optional<String> countryHint) {
        String sample = sample(title, text);
        if (sample.codePoints().noneMatch(Character::isLetter)) {
            return Article.UNDETERMINED;
        }
        List<String> favoured = countryHint.map(c -> COUNTRY_LANGUAGES.getOrDefault(c.toUpperCase(Locale.ROOT),
                List.of())).orElse(List.of());
        Optional<String> byWords = functionWords.decide(sample);
        if (byWords.isPresent()) {
            Optional<String> decided = byFunctionWords(sample, byWords.get());
            if (decided.isPresent()) {
                return decided.get();
            }
            // the function words say Indonesian or Malay and the marker words tie: Lingua between those two only
            return best(indonesianOrMalay.orElseThrow().computeLanguageConfidenceValues(sample), favoured);
        }
        if (settings.quickChars() > 0 && sample.length() > settings.quickChars() * 3 / 2) {
            // sequential decision: a short first look settles most articles; only unsure ones pay for the long look
            int cut = sample.lastIndexOf(' ', settings.quickChars());
            SortedMap<Language, Double> quick =
                    detector.computeLanguageConfidenceValues(sample.substring(0, cut > 0 ? cut : settings.quickChars()));
            if (!quick.isEmpty() && quick.get(quick.firstKey()) >= settings.quickConfidence()) {
                // Indonesian or Malay from a first look stands only when the marker words settle it: a short look
                // is where Lingua's character models confuse the two most
                String best = best(quick, favoured);
                if (!best.equals("id") && !best.equals("ms")) {
                    return best;
                }
                int vote = markerVote(sample);
                if (vote != 0 && settings.languages().contains("id") && settings.languages().contains("ms")) {
                    return vote > 0 ? "id" : "ms";
                }
            }
        }
        return decide(sample, detector.computeLanguageConfidenceValues(sample), favoured);
    }

    /**
     * The answer of the function-word vote ({@code vote}, on a long, clear sample) with the marker words: the vote
     * does not separate Indonesian from Malay, so when it finds one of them the marker words decide; empty on their
     * tie (then Lingua decides between the two).
     */
    private Optional<String> byFunctionWords(String sample, String vote) {
        if (!(vote.equals("id") || vote.equals("ms")) || indonesianOrMalay.isEmpty()) {
            return Optional.of(vote);
        }
        int markers = markerVote(sample);
        return markers > 0 ? Optional.of("id") : (markers < 0 ? Optional.of("ms") : Optional.empty());
    }

    /** Whether the function-word vote would decide this title and text without Lingua (for evaluation). */
    public boolean decidedByFunctionWords(String title, String text) {
        String sample = sample(title, text);
        return sample.codePoints().anyMatch(Character::isLetter)
                && functionWords.decide(sample).flatMap(v -> byFunctionWords(sample, v)).isPresent();
    }

    /** The best language by confidence × country prior (ties: the smaller code). */
    private String best(SortedMap<Language, Double> confidences, List<String> favoured) {
        String best = Article.UNDETERMINED;
        double bestScore = 0;
        for (Map.Entry<Language, Double> e : confidences.entrySet()) {
            String code = e.getKey().getIsoCode639_1().name().toLowerCase(Locale.ROOT);
            double score = e.getValue() * (favoured.contains(code) ? settings.countryPrior() : 1.0);
            if (score > bestScore || (score == bestScore && code.compareTo(best) < 0)) {
                best = code;
                bestScore = score;
            }
        }
        return best;
    }

    /** The best language by confidence × country prior, then the Indonesian/Malay vote over the whole sample. */
    private String decide(String sample, SortedMap<Language, Double> confidences, List<String> favoured) {
        return malayOrIndonesian(sample, confidences, best(confidences, favoured));
    }

    /** The marker-word vote between Indonesian and Malay when both are near the top (see the class comment). */
    private String malayOrIndonesian(String sample, SortedMap<Language, Double> confidences, String best) {
        if (!best.equals("id") && !best.equals("ms")) {
            return best;
        }
        double id = confidence(confidences, "ID");
        double ms = confidence(confidences, "MS");
        if (Math.min(id, ms) <= 0 || !settings.languages().contains("id") || !settings.languages().contains("ms")) {
            return best;
        }
        int vote = markerVote(sample);
        return vote > 0 ? "id" : (vote < 0 ? "ms" : best);
    }

    /** Indonesian marker words minus Malay marker words in the sample: positive favours id, negative ms. */
    private int markerVote(String sample) {
        return markers.vote(sample);
    }

    private static double confidence(SortedMap<Language, Double> confidences, String iso) {
        for (Map.Entry<Language, Double> e : confidences.entrySet()) {
            if (e.getKey().getIsoCode639_1().name().equals(iso)) {
                return e.getValue();
            }
        }
        return 0;
    }

    private String sample(String title, String text) {
        String t = Objects.requireNonNullElse(title, "").strip();
        String body = Objects.requireNonNullElse(text, "").strip();
        String s = t.isEmpty() ? body : (body.isEmpty() ? t : t + ".\n" + body);
        return s.length() <= settings.maxChars() ? s : s.substring(0, settings.maxChars());
    }
}
