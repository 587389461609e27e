package org.warta.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.warta.app.json.ContractJson;

/** docs/json.md shows real output: its example is run and must match exactly. */
class JsonContractDocTest {

    private static final Pattern COMMAND = Pattern.compile("<!-- example-command -->\\s*```\\s*\\n(.*?)\\n```",
            Pattern.DOTALL);
    private static final Pattern OUTPUT = Pattern.compile("(<!-- example-output -->\\s*```json\\s*\\n)(.*?)(\\n```)",
            Pattern.DOTALL);

    @Test
    void theDocumentedExampleIsWhatWartaPrints() throws IOException {
        Path root = CliRun.root();
        Path doc = root.resolve("docs/json.md");
        String md = Files.readString(doc, StandardCharsets.UTF_8);
        Matcher cmd = COMMAND.matcher(md);
        Matcher out = OUTPUT.matcher(md);
        assertThat(cmd.find()).as("docs/json.md has an example command").isTrue();
        assertThat(out.find()).as("docs/json.md has an example output").isTrue();

        List<String> args = new ArrayList<>(Arrays.asList(cmd.group(1).trim().split("\\s+")));
        assertThat(args.remove(0)).isEqualTo("./warta");
        args.replaceAll(a -> a.startsWith("examples/") ? root.resolve(a).toString() : a);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.status()).isZero();
        // sources are printed as given: make them relative to the project again, as in the doc
        String actual = run.out().replace(root.toString() + "/", "");

        if (Boolean.getBoolean("warta.docs.update")) {
            Files.writeString(doc, md.substring(0, out.start(2)) + actual.strip() + md.substring(out.end(2)),
                    StandardCharsets.UTF_8);
        }
        JsonNode documented = ContractJson.mapper().readTree(
                Boolean.getBoolean("warta.docs.update") ? actual : out.group(2));
        JsonNode real = ContractJson.mapper().readTree(actual);
        assertThat(documented).isEqualTo(real);
        assertThat(real.get("articles")).isNotEmpty();
        assertThat(real.get("stories")).isNotEmpty();
    }
}
