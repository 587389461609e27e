package org.warta.bench.clustering;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warta.cluster.ClusteringSettings;
import org.warta.lang.LanguageIdentifier;
import org.warta.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warta eval clustering <dir>}: BCubed and pairwise P/R/F1 of Warta's online clustering and, in the same run
 * on the same documents, of Carrot2 Lingo and bisecting k-means (told the true event count).
 */
@Command(name = "clustering", mixinStandardHelpOptions = true,
        description = "Score story clustering (BCubed, pairwise) against Carrot2 on an ECB+-style set.")
public final class EvalClusteringCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Clustering set: gold.json + docs/<id>.txt")
    Path dir;

    @Spec
    CommandSpec spec;

    /** The scores of one run. */
    public record Result(int documents, int events, ClusteringScores warta, ClusteringScores lingo,
                         ClusteringScores kmeans, int lingoClusters) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println(dir + ": not a directory");
            return 2;
        }
        try {
            ClusteringCorpus corpus = ClusteringCorpus.load(dir);
            Result r = evaluate(corpus, true);
            out.printf(Locale.ROOT, "%d documents, %d gold events (%s)%n", r.documents(), r.events(), dir);
            out.printf(Locale.ROOT, "%-34s %6s %6s %6s   %6s %6s %6s  %8s%n", "system", "B3 P", "B3 R", "B3 F1",
                    "pair P", "pair R", "pair F1", "clusters");
            row(out, "Warta online clusterer", r.warta());
            row(out, "Carrot2 Lingo (k=" + r.lingoClusters() + ")", r.lingo());
            row(out, "Carrot2 bisecting k-means (k=" + r.events() + ")", r.kmeans());
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println(dir + ": " + e.getMessage());
            return 1;
        }
    }

    private static void row(PrintWriter out, String name, ClusteringScores s) {
        out.printf(Locale.ROOT, "%-34s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f  %8d%n", name, s.bcubedPrecision(),
                s.bcubedRecall(), s.bcubedF1(), s.pairPrecision(), s.pairRecall(), s.pairF1(), s.clusters());
    }

    /** Scores Warta (default settings) and, if asked, the Carrot2 peers on the corpus. */
    public static Result evaluate(ClusteringCorpus corpus, boolean withPeers) throws IOException {
        List<Article> articles = WartaClustering.articles(corpus, new LanguageIdentifier());
        Map<String, String> warta = WartaClustering.cluster(articles, ClusteringSettings.defaults());
        ClusteringScores w = ClusteringScores.of(warta, corpus.gold());
        int k = corpus.eventCount();
        if (!withPeers) {
            return new Result(corpus.documents().size(), k, w, w, w, 0);
        }
        Carrot2Peer peer = new Carrot2Peer();
        int lingoK = k;
        ClusteringScores lingo = ClusteringScores.of(peer.lingo(corpus.documents(), lingoK), corpus.gold());
        ClusteringScores km = ClusteringScores.of(peer.bisectingKMeans(corpus.documents(), k), corpus.gold());
        return new Result(corpus.documents().size(), k, w, lingo, km, lingoK);
    }
}
