package org.warta.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.warta.extract.ExtractionSettings;
import org.warta.extract.decode.ContentDecoder;
import org.warta.extract.decode.ContentKind;
import org.warta.extract.decode.DecodedText;

/** The trafilatura extraction set as laid out in {@code ../shared/eval/extraction/trafilatura}. */
public final class ExtractionDataset {
    private ExtractionDataset() {
    }

    /**
     * Loads the pages of {@code gold.json}, in the file's order.
     *
     * @param dir   the set's folder
     * @param every keep every n-th page (1 = all): a fixed, reproducible sample
     */
    public static List<EvalPage> load(Path dir, int every) throws IOException {
        Path gold = dir.resolve("gold.json");
        if (!Files.isRegularFile(gold)) {
            throw new IOException(dir + ": no gold.json here (expected the extraction set's folder)");
        }
        JsonNode root = new ObjectMapper().readTree(gold.toFile());
        ContentDecoder decoder = new ContentDecoder(ExtractionSettings.DEFAULTS.sniffBytes());
        List<EvalPage> pages = new ArrayList<>();
        int i = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); i++) {
            Map.Entry<String, JsonNode> e = it.next();
            if (i % every != 0) {
                continue;
            }
            JsonNode v = e.getValue();
            String file = v.path("file").asText();
            Path p = dir.resolve(file);
            byte[] raw = Files.readAllBytes(p);
            byte[] bytes = file.endsWith(".gz") ? gunzip(raw) : raw;
            DecodedText d = decoder.decode(bytes, file);
            DecodedText decoded = d.kind() == ContentKind.BINARY
                    ? new DecodedText(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1, d.kind())
                    : d;
            pages.add(new EvalPage(e.getKey(), file, bytes, decoded.text(), decoded.charset(), strings(v.path("with")),
                    strings(v.path("without"))));
        }
        return pages;
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(s -> out.add(s.asText()));
        return out;
    }

    private static byte[] gunzip(byte[] raw) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            return in.readAllBytes();
        }
    }
}
