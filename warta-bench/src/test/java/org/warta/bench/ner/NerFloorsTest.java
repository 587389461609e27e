package org.warta.bench.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.warta.nlp.ner.ConllEval;
import org.warta.nlp.ner.EntityRecognizer;
import org.warta.nlp.ner.NerTraining;

/**
 * The eval gate for NER: the shipped recogniser on the whole idner-news-2k dev and NERGRIT valid sets (a few
 * seconds) must reach the floors pinned in {@code floors/ner.properties}.
 */
class NerFloorsTest {

    @Test
    void trainingReproducesTheShippedModel() throws Exception {
        Path ner = Path.of(System.getProperty("warta.shared", "../../shared")).resolve("eval/ner");
        assumeTrue(Files.isDirectory(ner), "NER eval data not found at " + ner);
        Path indosum = ner.getParent().getParent().resolve(UnlabelledCorpus.INDOSUM);
        assumeTrue(Files.isRegularFile(indosum), "unlabelled corpus not found at " + indosum);
        var clusters = NerTraining.clusters(ner, UnlabelledCorpus.indosum(indosum));
        var clusterBytes = new java.io.ByteArrayOutputStream();
        clusters.save(clusterBytes);
        byte[] shippedClusters;
        try (InputStream in = EntityRecognizer.class.getResourceAsStream(org.warta.nlp.ner.WordClusters.RESOURCE)) {
            shippedClusters = in.readAllBytes();
        }
        assertThat(clusterBytes.toByteArray()).as("`warta train ner` clusters equal the shipped ones")
                .isEqualTo(shippedClusters);
        var tagger = NerTraining.train(ner, org.warta.nlp.ner.PerceptronTagger.Params.defaults(), NerTraining.SHIPPED,
                clusters);
        var bytes = new java.io.ByteArrayOutputStream();
        tagger.save(bytes);
        byte[] shipped;
        try (InputStream in = EntityRecognizer.class.getResourceAsStream(EntityRecognizer.MODEL_RESOURCE)) {
            shipped = in.readAllBytes();
        }
        assertThat(bytes.toByteArray()).as("`warta train ner` output equals the shipped model").isEqualTo(shipped);
    }

    @Test
    void scoresStayAboveTheFloors() throws Exception {
        Path ner = Path.of(System.getProperty("warta.shared", "../../shared")).resolve("eval/ner");
        assumeTrue(Files.isDirectory(ner), "NER eval data not found at " + ner);
        Properties floors = new Properties();
        try (InputStream in = NerFloorsTest.class.getResourceAsStream("/org/warta/bench/floors/ner.properties")) {
            floors.load(in);
        }
        assertThat(floors).isNotEmpty();
        EntityRecognizer rec = EntityRecognizer.standard();
        assertThat(rec.hasModel()).isTrue();
        Map<String, Double> measured = new TreeMap<>();
        for (String file : EvalNerCommand.DEV_FILES) {
            ConllEval e = NerTraining.evaluate(rec, ner.resolve(file));
            measured.put(file + ".ALL", e.overall().f1());
            for (var t : e.byType().entrySet()) {
                measured.put(file + "." + t.getKey().name(), t.getValue().f1());
            }
        }
        for (String key : floors.stringPropertyNames()) {
            double floor = Double.parseDouble(floors.getProperty(key));
            assertThat(measured).as("measured scores").containsKey(key);
            assertThat(measured.get(key)).as(key + " F1 (floor " + floor + ")").isGreaterThanOrEqualTo(floor);
        }
    }
}
