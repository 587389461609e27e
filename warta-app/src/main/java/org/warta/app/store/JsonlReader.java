package org.warta.app.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.warta.app.json.ContractJson;
import org.warta.model.Article;
import org.warta.model.Problem;

/**
 * JSON Lines of articles in the contract ({@code *.jsonl}, {@code *.jsonl.gz}): one article per line, already
 * extracted. A bad line is a {@link Problem} naming the file and line; the others go on.
 */
public final class JsonlReader {

    private JsonlReader() {
    }

    public static boolean isJsonl(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz") || n.endsWith(".ndjson");
    }

    public static void read(Path file, String source, Consumer<Article> articles, Consumer<Problem> problems) {
        boolean gz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = gz ? new GZIPInputStream(raw) : raw;
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    articles.accept(ContractJson.readArticle(line));
                } catch (IllegalArgumentException e) {
                    problems.accept(new Problem(source + ":" + n, e.getMessage().lines().findFirst().orElse("bad line")));
                }
            }
        } catch (IOException e) {
            problems.accept(new Problem(source, "cannot read: " + e.getMessage()));
        }
    }
}
