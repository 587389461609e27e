package org.warta.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-style files: one token a line, the token first and the tag last (whitespace or tab separated), a
 * blank line between sentences. Tags are mapped onto Warta's BIO tags with {@link BioTags#normalise(String)}.
 */
public final class ConllCorpus {

    /**
     * One tagged sentence.
     *
     * @param tokens the words
     * @param tags   BIO tags (B-PER, I-LOC, O, ...), same length
     */
    public record Sentence(List<String> tokens, List<String> tags) {
        public Sentence {
            tokens = List.copyOf(tokens);
            tags = List.copyOf(tags);
            if (tokens.size() != tags.size()) {
                throw new IllegalArgumentException("tokens and tags differ in length");
            }
        }
    }

    private ConllCorpus() {
    }

    /** The sentences of a CoNLL file. */
    public static List<Sentence> read(Path file) throws IOException {
        List<Sentence> out = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("-DOCSTART-")) {
                    flush(toks, tags, out);
                    continue;
                }
                String[] cols = s.split("\\s+");
                String tag = cols.length > 1 ? cols[cols.length - 1] : "O";
                toks.add(cols[0]);
                tags.add(BioTags.normalise(tag));
            }
        }
        flush(toks, tags, out);
        return out;
    }

    private static void flush(List<String> toks, List<String> tags, List<Sentence> out) {
        if (!toks.isEmpty()) {
            out.add(new Sentence(toks, tags));
            toks.clear();
            tags.clear();
        }
    }
}
