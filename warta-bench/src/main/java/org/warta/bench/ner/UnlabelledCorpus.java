package org.warta.bench.ner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The unlabelled Indonesian text the NER word clusters are learned from: the tokenised sentences of IndoSum's
 * {@code articles.jsonl.gz} ({@code ../shared/eval/summarization/indosum}), in file order.
 */
public final class UnlabelledCorpus {

    /** IndoSum's articles under the shared data directory. */
    public static final String INDOSUM = "eval/summarization/indosum/articles.jsonl.gz";

    private UnlabelledCorpus() {
    }

    /** The sentences (token lists) of every article's paragraphs. */
    public static List<List<String>> indosum(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": not found (IndoSum articles.jsonl.gz, the unlabelled corpus)");
        }
        ObjectMapper json = new ObjectMapper();
        List<List<String>> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                for (JsonNode para : json.readTree(line).path("paragraphs")) {
                    for (JsonNode sent : para) {
                        List<String> toks = new ArrayList<>(sent.size());
                        sent.forEach(t -> toks.add(t.asText()));
                        if (!toks.isEmpty()) {
                            out.add(toks);
                        }
                    }
                }
            }
        }
        return out;
    }
}
