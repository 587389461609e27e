package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    private static List<String> sentences(String text) {
        SentenceBreaks b = new SentenceBreaks();
        b.setText(text);
        List<String> out = new ArrayList<>();
        int start = b.first();
        for (int end = b.next(); end != BreakIterator.DONE; start = end, end = b.next()) {
            out.add(text.substring(start, end).strip());
        }
        return out;
    }

    @Test
    void splitsAtTerminatorsAndLineBreaksButNotAfterAbbreviationsInitialsOrBeforeLowerCase() {
        String text = "Presiden tiba di Jl. Sudirman pukul 10.30 WIB. Ia disambut H. Mahmud dan Dr. Sari! "
                + "\"Kami siap,\" katanya. \"Apa kabar?\" Tanya wartawan. Harga naik 3.5 persen e.g. kemarin.\n"
                + "Paragraf baru tanpa titik\nBaris kedua.";
        assertThat(sentences(text)).containsExactly(
                "Presiden tiba di Jl. Sudirman pukul 10.30 WIB.",
                "Ia disambut H. Mahmud dan Dr. Sari!",
                "\"Kami siap,\" katanya.",
                "\"Apa kabar?\"",
                "Tanya wartawan.",
                "Harga naik 3.5 persen e.g. kemarin.",
                "Paragraf baru tanpa titik",
                "Baris kedua.");
    }

    @Test
    void emptyAndOneSentenceTexts() {
        assertThat(sentences("")).isEmpty();
        assertThat(sentences("Satu kalimat saja.")).containsExactly("Satu kalimat saja.");
        SentenceBreaks b = new SentenceBreaks();
        b.setText("");
        assertThat(b.following(0)).isEqualTo(BreakIterator.DONE);
        assertThat(b.preceding(0)).isEqualTo(BreakIterator.DONE);
    }

    /** preceding and following agree with the boundaries found by walking the text, at every offset. */
    @Test
    void precedingAndFollowingAgreeWithAWalkOverRandomText() {
        Random rnd = new Random(20261124L);
        String[] pieces = {"kata", "Jl.", "H.", "Dr.", "lagi.", "Besar.", "tanya?", "\"ya!\"", "(titik.)", "\n", "10.5",
                "A.", "akhir…", "u.s.", "  "};
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int n = rnd.nextInt(40);
            for (int i = 0; i < n; i++) {
                sb.append(pieces[rnd.nextInt(pieces.length)]).append(rnd.nextInt(4) == 0 ? "" : " ");
            }
            String text = sb.toString();
            SentenceBreaks b = new SentenceBreaks();
            b.setText(text);
            List<Integer> walk = new ArrayList<>();
            walk.add(b.first());
            for (int e = b.next(); e != BreakIterator.DONE; e = b.next()) {
                walk.add(e);
            }
            assertThat(walk).isSorted().doesNotHaveDuplicates().endsWith(text.length());
            for (int offset = 0; offset <= text.length(); offset++) {
                int o = offset;
                assertThat(b.isBoundary(o)).as("isBoundary(%d) in %s", o, text).isEqualTo(walk.contains(o));
                int f = b.following(o);
                int p = b.preceding(o);
                if (o == text.length()) {
                    assertThat(f).isEqualTo(BreakIterator.DONE);
                } else {
                    assertThat(f).isEqualTo(walk.stream().filter(x -> x > o).findFirst().orElseThrow());
                }
                if (o == 0) {
                    assertThat(p).isEqualTo(BreakIterator.DONE);
                } else {
                    assertThat(p).isEqualTo(walk.reversed().stream().filter(x -> x < o).findFirst().orElseThrow());
                }
            }
        }
    }

    @Test
    void snippetSourceRoundTripsAndClipsWithoutSplittingASurrogatePair() {
        String title = "Judul 🇮🇩 dengan emoji";
        String text = "a".repeat(LuceneArticleStore.MAX_HIGHLIGHT_CHARS - 1) + "😀 sisa";
        SnippetSource.Decoded d = SnippetSource.decode(SnippetSource.encode(title, text));
        assertThat(d.title()).isEqualTo(title);
        assertThat(d.text()).isEqualTo("a".repeat(LuceneArticleStore.MAX_HIGHLIGHT_CHARS - 1));
        SnippetSource.Decoded empty = SnippetSource.decode(SnippetSource.encode("", ""));
        assertThat(empty.title()).isEmpty();
        assertThat(empty.text()).isEmpty();
        String longTitle = "judul ".repeat(100);
        assertThat(SnippetSource.decode(SnippetSource.encode(longTitle, "teks")).title()).isEqualTo(longTitle);
    }
}
