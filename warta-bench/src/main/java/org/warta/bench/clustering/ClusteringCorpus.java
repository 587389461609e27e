package org.warta.bench.clustering;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A clustering set in the ECB+ layout of {@code ../shared/eval/clustering/ecbplus}: {@code gold.json} maps a document
 * id to its event label, {@code docs/<id>.txt} holds the text, first line the headline.
 *
 * @param documents the documents, by id
 * @param gold      document id → event label
 */
public record ClusteringCorpus(List<Doc> documents, Map<String, String> gold) {

    /** One document: id, headline (first line) and body (the rest). */
    public record Doc(String id, String title, String text) {
    }

    public static ClusteringCorpus load(Path dir) throws IOException {
        Path goldFile = dir.resolve("gold.json");
        if (!Files.isRegularFile(goldFile)) {
            throw new IOException(dir + ": no gold.json (expected an ECB+-style clustering set)");
        }
        JsonNode root = new ObjectMapper().readTree(goldFile.toFile());
        Map<String, String> gold = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            gold.put(e.getKey(), e.getValue().asText());
        }
        List<Doc> docs = new ArrayList<>();
        for (String id : gold.keySet()) {
            Path f = dir.resolve("docs").resolve(id + ".txt");
            String all = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
            int nl = all.indexOf('\n');
            String title = (nl < 0 ? all : all.substring(0, nl)).strip();
            String text = nl < 0 ? "" : all.substring(nl + 1).strip();
            docs.add(new Doc(id, title, text));
        }
        return new ClusteringCorpus(List.copyOf(docs), Map.copyOf(gold));
    }

    /** The documents whose id is in {@code ids}, for a fixed sample. */
    public ClusteringCorpus restrictTo(java.util.Set<String> labels) {
        List<Doc> docs = documents.stream().filter(d -> labels.contains(gold.get(d.id()))).toList();
        Map<String, String> g = new TreeMap<>();
        docs.forEach(d -> g.put(d.id(), gold.get(d.id())));
        return new ClusteringCorpus(docs, Map.copyOf(g));
    }

    public int eventCount() {
        return (int) gold.values().stream().distinct().count();
    }
}
