package org.warta.bench.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.warta.bench.scale.SyntheticStream;
import org.warta.bench.similarity.SimilarityPairs;

/**
 * Texts whose language is known, from the shared dev sets: SemEval-2022 Task 8 (each text's language is given;
 * en, de, es, tr, pl, ar, fr), IndoSum (Indonesian), ECB+ (English), and the scale bench's {@link SyntheticStream}
 * (IndoSum and ECB+ sentences recombined, the language of its source).
 */
public final class LabelledTexts {

    /** One text: its set, id, gold language (ISO 639-1), headline (or first sentence) and body. */
    public record Text(String set, String id, String language, String title, String body) {
    }

    /** The scale bench's default seed and rate, so that the stream here is the stream there. */
    static final long STREAM_SEED = 20240619L;
    static final int STREAM_PER_DAY = 3_000;

    private LabelledTexts() {
    }

    /** Both texts of every SemEval-2022 pair, headline split off as {@code warta eval similarity} does. */
    public static List<Text> semeval(Path shared) throws IOException {
        List<Text> out = new ArrayList<>();
        for (SimilarityPairs.Pair p : SimilarityPairs.load(shared.resolve("eval/similarity/semeval2022"))) {
            out.add(split("semeval", p.id() + "/1", p.lang1(), p.text1()));
            out.add(split("semeval", p.id() + "/2", p.lang2(), p.text2()));
        }
        return out;
    }

    /** IndoSum articles, tokens joined back into text; the first sentence is the "title". */
    public static List<Text> indosum(Path shared) throws IOException {
        Path file = shared.resolve("eval/summarization/indosum/articles.jsonl.gz");
        ObjectMapper json = new ObjectMapper();
        List<Text> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; n++) {
                List<String> sentences = new ArrayList<>();
                for (JsonNode para : json.readTree(line).get("paragraphs")) {
                    for (JsonNode sentence : para) {
                        List<String> tokens = new ArrayList<>();
                        sentence.forEach(t -> tokens.add(t.asText()));
                        sentences.add(String.join(" ", tokens).replaceAll(" ([.,:;!?)])", "$1"));
                    }
                }
                if (!sentences.isEmpty()) {
                    out.add(new Text("indosum", "indosum/" + n, "id", sentences.get(0),
                            String.join(" ", sentences.subList(1, sentences.size()))));
                }
            }
        }
        return out;
    }

    /** ECB+ documents: the first line is the first sentence (often the headline), then the paragraphs. */
    public static List<Text> ecbplus(Path shared) throws IOException {
        List<Text> out = new ArrayList<>();
        try (var files = Files.list(shared.resolve("eval/clustering/ecbplus/docs"))) {
            for (Path p : files.sorted().toList()) {
                String s = Files.readString(p, StandardCharsets.UTF_8).strip();
                int nl = s.indexOf('\n');
                out.add(new Text("ecbplus", p.getFileName().toString(), "en", nl < 0 ? s : s.substring(0, nl).strip(),
                        nl < 0 ? "" : s.substring(nl + 1).strip()));
            }
        }
        return out;
    }

    /** The first {@code n} articles of the scale bench's stream for a seed (at its default rate). */
    public static List<Text> stream(Path shared, int n, long seed) throws IOException {
        List<Text> out = new ArrayList<>();
        Iterator<SyntheticStream.Item> it = SyntheticStream.load(shared).generate(n, STREAM_PER_DAY, seed);
        while (it.hasNext()) {
            SyntheticStream.Item i = it.next();
            out.add(new Text("stream", i.id(), i.language(), i.title(), i.text()));
        }
        return out;
    }

    private static Text split(String set, String id, String language, String raw) {
        String s = raw.strip();
        int nl = s.indexOf('\n');
        int ds = s.indexOf("  ");
        int cut = nl >= 0 && nl < 400 ? nl : (ds >= 0 && ds < 400 ? ds : -1);
        return new Text(set, id, language, cut < 0 ? "" : s.substring(0, cut).strip(),
                cut < 0 ? s : s.substring(cut).strip());
    }
}
