package org.warta.semantic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

    private static final Map<String, Integer> VOCAB = Map.ofEntries(Map.entry("[PAD]", 0), Map.entry("[UNK]", 1),
            Map.entry("[CLS]", 2), Map.entry("[SEP]", 3), Map.entry("un", 4), Map.entry("##aff", 5),
            Map.entry("##able", 6), Map.entry("cafe", 7), Map.entry(",", 8), Map.entry("!", 9), Map.entry("the", 10),
            Map.entry("中", 11));

    private final WordPieceTokenizer t = new WordPieceTokenizer(VOCAB);

    @Test
    void greedyLongestMatchFirst() {
        assertThat(t.encode("unaffable", 100)).containsExactly(4, 5, 6);
    }

    @Test
    void lowerCasesStripsAccentsAndSplitsPunctuation() {
        assertThat(t.encode("The CAFÉ,unaffable!", 100)).containsExactly(10, 7, 8, 4, 5, 6, 9);
    }

    @Test
    void unknownWordIsOneUnkAndCjkIsIsolated() {
        assertThat(t.encode("the xyz 中the", 100)).containsExactly(10, 1, 11, 10);
    }

    @Test
    void stopsAtLimitAndDropsControlCharacters() {
        assertThat(t.encode("the\u0000 the\u200b the the", 2)).containsExactly(10, 10);
        assertThat(t.encode("", 5)).isEmpty();
        assertThat(t.encode("   ", 5)).isEmpty();
    }

    @Test
    void readsTokenizerJson() throws IOException {
        String json = "{\"version\":\"1.0\",\"added_tokens\":[{\"id\":0}],\"model\":{\"type\":\"WordPiece\","
                + "\"vocab\":{\"[UNK]\":0,\"[CLS]\":1,\"[SEP]\":2,\"hi\":3}}}";
        WordPieceTokenizer w = WordPieceTokenizer.fromTokenizerJson(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(w.encode("Hi hi", 10)).containsExactly(3, 3);
        assertThat(w.clsId()).isEqualTo(1);
        assertThatThrownBy(() -> WordPieceTokenizer.fromTokenizerJson(
                new ByteArrayInputStream("{\"model\":{}}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class);
    }
}
