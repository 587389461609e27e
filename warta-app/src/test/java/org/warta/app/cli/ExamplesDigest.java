package org.warta.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.warta.app.json.ContractJson;

/**
 * The real {@code warta digest --format json examples/}, run once per test JVM and shared by the gold tests, with
 * {@code examples/gold.json} and the look-ups they all need: articles by source file, sources by article id, and
 * the digest's story holding each gold story's first article.
 */
final class ExamplesDigest {

    final int status;
    final String err;
    final JsonNode gold;
    final JsonNode digest;
    final Map<String, JsonNode> articleBySource = new HashMap<>();
    final Map<String, String> sourceById = new HashMap<>();
    final Map<String, JsonNode> storyByGoldId = new HashMap<>();

    private static ExamplesDigest run;

    private ExamplesDigest() throws IOException {
        Path examples = CliRun.root().resolve("examples");
        gold = ContractJson.mapper().readTree(Files.readString(examples.resolve("gold.json")));
        CliRun json = CliRun.of("digest", "--format", "json", examples.toString());
        status = json.status();
        err = json.err();
        digest = ContractJson.mapper().readTree(json.out());
        digest.get("articles").forEach(a -> {
            articleBySource.put(a.get("source").asText(), a);
            sourceById.put(a.get("id").asText(), a.get("source").asText());
        });
        for (JsonNode g : gold.get("stories")) {
            String id = articleBySource.get(g.get("articles").get(0).asText()).get("id").asText();
            for (JsonNode s : digest.get("stories")) {
                for (JsonNode m : s.get("articles")) {
                    if (m.asText().equals(id)) {
                        storyByGoldId.put(g.get("id").asText(), s);
                    }
                }
            }
        }
    }

    static synchronized ExamplesDigest get() throws IOException {
        if (run == null) {
            run = new ExamplesDigest();
        }
        return run;
    }
}
