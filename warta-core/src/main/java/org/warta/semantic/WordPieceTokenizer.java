package org.warta.semantic;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * BERT's uncased tokenizer: the "basic" pre-tokenizer (clean control characters, lower-case, strip accents, split on
 * white space and punctuation, isolate CJK ideographs) followed by greedy longest-match-first WordPiece (Wu et al.
 * 2016, "Google's Neural Machine Translation System"; Devlin et al. 2019, "BERT", NAACL), as Hugging Face
 * {@code BertNormalizer} + {@code BertPreTokenizer} + {@code WordPiece} do it for uncased vocabularies. Thread-safe
 * (read-only).
 */
public final class WordPieceTokenizer {

    /** A word longer than this (in code points) becomes {@code [UNK]}, as in BERT. */
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> vocab;
    private final int unk;
    private final int cls;
    private final int sep;

    public WordPieceTokenizer(Map<String, Integer> vocab) {
        this.vocab = Map.copyOf(vocab);
        this.unk = id("[UNK]");
        this.cls = id("[CLS]");
        this.sep = id("[SEP]");
    }

    private int id(String special) {
        Integer i = vocab.get(special);
        if (i == null) {
            throw new IllegalArgumentException("vocabulary lacks " + special);
        }
        return i;
    }

    /** Reads the {@code model.vocab} object of a Hugging Face {@code tokenizer.json} of type WordPiece. */
    public static WordPieceTokenizer fromTokenizerJson(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        Map<String, Integer> vocab = new HashMap<>(40_000);
        try (JsonParser p = new JsonFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("tokenizer.json: not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("model")) {
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String inner = p.currentName();
                        p.nextToken();
                        if (inner.equals("vocab") && p.currentToken() == JsonToken.START_OBJECT) {
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                String token = p.currentName();
                                p.nextToken();
                                vocab.put(token, p.getIntValue());
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        if (vocab.isEmpty()) {
            throw new IOException("tokenizer.json: no model.vocab");
        }
        return new WordPieceTokenizer(vocab);
    }

    public int clsId() {
        return cls;
    }

    public int sepId() {
        return sep;
    }

    /** The word-piece ids of the text, without {@code [CLS]}/{@code [SEP]}, stopping once {@code limit} are made. */
    public int[] encode(String text, int limit) {
        List<String> words = words(text);
        int[] out = new int[Math.max(0, Math.min(limit, text.length() + 1))];
        int n = 0;
        for (String w : words) {
            if (n >= out.length) {
                break;
            }
            n = pieces(w, out, n);
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private int pieces(String word, int[] out, int n) {
        if (word.codePointCount(0, word.length()) > MAX_WORD_CHARS) {
            out[n++] = unk;
            return n;
        }
        int[] buf = new int[word.length()];
        int m = 0;
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (start < end) {
                String piece = start == 0 ? word.substring(start, end) : "##" + word.substring(start, end);
                found = vocab.get(piece);
                if (found != null) {
                    break;
                }
                end = Character.isLowSurrogate(word.charAt(end - 1)) && end - 2 > start ? end - 2 : end - 1;
            }
            if (found == null) {
                out[n++] = unk;
                return n;
            }
            buf[m++] = found;
            start = end;
        }
        for (int i = 0; i < m && n < out.length; i++) {
            out[n++] = buf[i];
        }
        return n;
    }

    /** Basic tokenisation: cleaned, lower-cased, accent-stripped words and single punctuation marks. */
    static List<String> words(String text) {
        String s = Normalizer.normalize(text.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD);
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (c == 0 || c == 0xFFFD || type == Character.NON_SPACING_MARK
                    || (Character.isISOControl(c) && !Character.isWhitespace(c))
                    || type == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                flush(w, out);
            } else if (isPunctuation(c, type) || isCjk(c)) {
                flush(w, out);
                out.add(new String(Character.toChars(c)));
            } else {
                w.appendCodePoint(c);
            }
        }
        flush(w, out);
        return out;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (!w.isEmpty()) {
            out.add(w.toString());
            w.setLength(0);
        }
    }

    private static boolean isPunctuation(int c, int type) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        return switch (type) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B73F) || (c >= 0x2B740 && c <= 0x2B81F) || (c >= 0x2B820 && c <= 0x2CEAF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }
}
