package org.warta.bench.ner;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.Optional;
import org.warta.nlp.ner.ConllEval;
import org.warta.nlp.ner.EntityRecognizer;
import org.warta.nlp.ner.Gazetteer;
import org.warta.nlp.ner.NerTraining;
import org.warta.nlp.ner.WordClusters;
import org.warta.nlp.ner.PerceptronTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warta train ner [DIR] [-o FILE]}: trains the Indonesian NER model from the CoNLL files in DIR (default
 * {@code ../shared/eval/ner}), deterministically (fixed seed), and writes it where the product loads it from.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Train the Indonesian NER model (averaged perceptron) from idner-news-2k, NERGRIT and NERP train.")
public final class TrainNerCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "NER data dir (default ../shared/eval/ner)")
    Path dir;

    @Option(names = {"-o", "--output"}, description = "model file (default "
            + "warta-core/src/main/resources/org/warta/nlp/ner-id.model.gz under warta.root or the working dir)")
    Path output;

    @Option(names = "--epochs", description = "training epochs (default ${DEFAULT-VALUE})", defaultValue = "8")
    int epochs;

    @Option(names = "--seed", description = "shuffling seed (default ${DEFAULT-VALUE})", defaultValue = "42")
    long seed;

    @Option(names = "--mixtures", description = "shuffled training runs mixed into the model (default ${DEFAULT-VALUE})",
            defaultValue = "1")
    int mixtures;

    @Option(names = "--corpora", split = ",", description = "labelled training corpora, each its own model domain: "
            + "news (idner-news-2k), nergrit, nerp (default ${DEFAULT-VALUE}, the shipped model)",
            defaultValue = "news,nergrit,nerp")
    List<String> corpora;

    @Option(names = "--corpus", description = "unlabelled corpus for the word clusters (default "
            + "../shared/" + UnlabelledCorpus.INDOSUM + ")")
    Path corpus;

    @Option(names = "--clusters", description = "with --seeds: word clusters saved by an earlier run (e.g. the "
            + "shipped ner-id.clusters.gz) instead of clustering again")
    Path clustersFile;

    @Option(names = "--report", description = "print F1 of the new model on the dev sets")
    boolean report;

    @Option(names = "--seeds", split = ",", description = "instead of writing a model, train one per shuffling seed "
            + "and print each one's dev F1 and the mean (a change must win on the mean over seeds, not on one seed)")
    List<Long> seeds = List.of();

    @Option(names = "--min-weight", description = "averaged weights below this in absolute value are dropped "
            + "(default ${DEFAULT-VALUE})", defaultValue = "0.005")
    float minWeight;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = Path.of(System.getProperty("warta.root", "."));
        Path data = dir != null ? dir
                : Path.of(System.getProperty("warta.shared", root.resolve("../shared").toString())).resolve("eval/ner");
        Path model = output != null ? output
                : root.resolve("warta-core/src/main/resources/org/warta/nlp/ner-id.model.gz");
        if (!Files.isDirectory(data)) {
            err.println(data + ": not a directory");
            return 2;
        }
        try {
            long t0 = System.nanoTime();
            if (epochs < 1 || mixtures < 1 || corpora.isEmpty()) {
                err.println("--epochs and --mixtures must be >= 1, --corpora not empty");
                return 2;
            }
            if (!(minWeight >= 0)) {
                err.println("--min-weight must be >= 0");
                return 2;
            }
            PerceptronTagger.Params p = new PerceptronTagger.Params(epochs, seed, minWeight, mixtures);
            Path shared = data.getParent() != null && data.getParent().getParent() != null
                    ? data.getParent().getParent() : root.resolve("../shared");
            WordClusters clusters;
            if (clustersFile != null && !seeds.isEmpty()) {
                try (var in = Files.newInputStream(clustersFile)) {
                    clusters = WordClusters.load(in);
                }
            } else {
                clusters = NerTraining.clusters(data,
                        UnlabelledCorpus.indosum(corpus != null ? corpus : shared.resolve(UnlabelledCorpus.INDOSUM)));
            }
            out.printf(Locale.ROOT, "clustered %d words in %.1f s%n", clusters.size(), (System.nanoTime() - t0) / 1e9);
            List<NerTraining.Corpus> chosen = new ArrayList<>();
            for (String c : corpora) {
                Optional<NerTraining.Corpus> k = NerTraining.corpus(c.strip());
                if (k.isEmpty()) {
                    err.println("--corpora: unknown corpus '" + c + "' (news, nergrit, nerp)");
                    return 2;
                }
                chosen.add(k.get());
            }
            if (!seeds.isEmpty()) {
                return seedReport(out, data, p, chosen, clusters);
            }
            PerceptronTagger tagger = NerTraining.train(data, p, chosen, clusters);
            if (model.getParent() != null) {
                Files.createDirectories(model.getParent());
            }
            try (OutputStream o = Files.newOutputStream(model)) {
                tagger.save(o);
            }
            Path clusterFile = model.resolveSibling(model.getFileName().toString().replace(".model.gz", "")
                    + ".clusters.gz");
            try (OutputStream o = Files.newOutputStream(clusterFile)) {
                clusters.save(o);
            }
            out.printf(Locale.ROOT, "trained %d features, %d tags in %.1f s -> %s (%d bytes), %s (%d bytes)%n",
                    tagger.size(), tagger.tags().size(), (System.nanoTime() - t0) / 1e9, model, Files.size(model),
                    clusterFile, Files.size(clusterFile));
            if (report) {
                report(out, data, tagger);
            }
            return 0;
        } catch (IOException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /** Prints each dev file's F1 (overall and per type); returns the overall F1s in {@code DEV_FILES} order. */
    private static double[] report(PrintWriter out, Path data, PerceptronTagger tagger) throws IOException {
        EntityRecognizer rec = new EntityRecognizer(Optional.of(tagger), Gazetteer.standard());
        double[] f1 = new double[EvalNerCommand.DEV_FILES.size()];
        int i = 0;
        for (String f : EvalNerCommand.DEV_FILES) {
            ConllEval e = NerTraining.evaluate(rec, data.resolve(f));
            f1[i++] = e.overall().f1();
            out.printf(Locale.ROOT, "%s ALL %.4f", f, e.overall().f1());
            e.byType().forEach((t, s) -> out.printf(Locale.ROOT, " %s %.4f", t, s.f1()));
            out.println();
        }
        out.flush();
        return f1;
    }

    /** Trains one model per seed of {@code --seeds} (nothing written) and prints the dev F1s and their means. */
    private int seedReport(PrintWriter out, Path data, PerceptronTagger.Params p, List<NerTraining.Corpus> chosen,
            WordClusters clusters) throws IOException {
        double[] sum = new double[EvalNerCommand.DEV_FILES.size()];
        for (long s : seeds) {
            PerceptronTagger t = NerTraining.train(data, new PerceptronTagger.Params(p.epochs(), s, p.minWeight(),
                    p.mixtures()), chosen, clusters);
            out.printf(Locale.ROOT, "seed %d: %d features%n", s, t.size());
            double[] f1 = report(out, data, t);
            for (int k = 0; k < sum.length; k++) {
                sum[k] += f1[k];
            }
        }
        for (int k = 0; k < sum.length; k++) {
            out.printf(Locale.ROOT, "mean over %d seeds %s ALL %.4f%n", seeds.size(), EvalNerCommand.DEV_FILES.get(k),
                    sum[k] / seeds.size());
        }
        out.flush();
        return 0;
    }
}
