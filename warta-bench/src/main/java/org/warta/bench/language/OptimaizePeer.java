package org.warta.bench.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.warta.model.Article;

/**
 * The peer: optimaize language-detector 0.6 (Apache-2.0; a Java port of Shuyo's language-detection, naive Bayes over
 * character 1–3-grams), given the built-in profiles of the same languages as Warta, title and text joined as Warta
 * does, cut to the same length. Its best language by probability (its own {@code detect} abstains under 0.85, which
 * would count as wrong; the best guess is the fairer comparison). Thread-safe.
 */
final class OptimaizePeer {
    private final LanguageDetector detector;
    private final TextObjectFactory large = CommonTextObjectFactories.forDetectingOnLargeText();
    private final TextObjectFactory small = CommonTextObjectFactories.forDetectingShortCleanText();
    private final int maxChars;

    OptimaizePeer(List<String> languages, int maxChars) {
        List<String> profiles = new ArrayList<>();
        for (String code : languages) {
            if (code.equals("zh")) {
                profiles.add("zh-CN");
                profiles.add("zh-TW");
            } else {
                profiles.add(code);
            }
        }
        try {
            this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readBuiltIn(profiles.stream()
                            .map(com.optimaize.langdetect.i18n.LdLocale::fromString).toList()))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("optimaize profiles: " + e.getMessage(), e);
        }
        this.maxChars = maxChars;
    }

    String identify(String title, String text) {
        String t = title.strip();
        String body = text.strip();
        String s = t.isEmpty() ? body : (body.isEmpty() ? t : t + ".\n" + body);
        if (s.length() > maxChars) {
            s = s.substring(0, maxChars);
        }
        List<DetectedLanguage> p = detector.getProbabilities((s.length() > 200 ? large : small).forText(s));
        return p.isEmpty() ? Article.UNDETERMINED : p.get(0).getLocale().getLanguage();
    }
}
