package org.warta.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.text.Span;
import org.warta.text.Tokenizer;

class MarkerWordsTest {

    private static final List<String> ID = LanguagePacks.forCodeOrGeneric("id").lines("markers");
    private static final List<String> MS = LanguagePacks.forCodeOrGeneric("ms").lines("markers");
    private static final MarkerWords MARKERS = MarkerWords.fromPacks();

    /** The vote as LanguageIdentifier computed it before: Tokenizer's tokens, lower-cased, looked up in sets. */
    private static int reference(String text) {
        Set<String> id = Set.copyOf(ID);
        Set<String> ms = Set.copyOf(MS);
        int vote = 0;
        for (Span t : Tokenizer.tokens(text)) {
            String w = t.text().toLowerCase(Locale.ROOT);
            vote += (id.contains(w) ? 1 : 0) - (ms.contains(w) ? 1 : 0);
        }
        return vote;
    }

    @Test
    void votesLikeTheTokenizerBasedCount() {
        assertThat(MARKERS.vote("")).isZero();
        assertThat(MARKERS.vote("Kantor polisi, Kamis.")).isEqualTo(3);
        assertThat(MARKERS.vote("kantor-kantor KERAJAAN, kata-kata, Rp1.000,50")).isEqualTo(reference(
                "kantor-kantor KERAJAAN, kata-kata, Rp1.000,50"));
        assertThat(MARKERS.vote("pejabat kerajaan kerana")).isEqualTo(-3);
    }

    /** Random strings of marker words, other words, separators and odd characters (seeded): same vote. */
    @Test
    void randomTextsGiveTheSameVote() throws Exception {
        SplittableRandom random = new SplittableRandom(20261125L);
        List<String> pieces = new java.util.ArrayList<>(ID);
        pieces.addAll(MS);
        pieces.addAll(List.of("yang", "dan", "Kim", "12", "3,5", "İSNİN", "straße", "naïve", "e\u0301", "日本",
                "\uD835\uDC00", "ΣΟΦΊΑ", "jum'at", "jum\u2019at", "rp", "RM"));
        List<String> separators = List.of(" ", "-", "'", "\u2019", ".", ",", ", ", ". ", "\n", "(", "");
        for (int round = 0; round < 3_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = 1 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                String p = pieces.get(random.nextInt(pieces.size()));
                b.append(random.nextInt(4) == 0 ? p.toUpperCase(Locale.ROOT)
                        : random.nextInt(4) == 0 ? Character.toUpperCase(p.charAt(0)) + p.substring(1) : p);
                b.append(separators.get(random.nextInt(separators.size())));
            }
            String text = b.toString();
            assertThat(MARKERS.vote(text)).as(text).isEqualTo(reference(text));
        }
        for (Article a : org.warta.cluster.ExampleCorpus.seeds(new LanguageIdentifier())) {
            assertThat(MARKERS.vote(a.text())).as(a.id()).isEqualTo(reference(a.text()));
        }
    }
}
