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

    @Option(names = "--report", description = "print F1 of the new model on the dev sets")
    boolean report;

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
            PerceptronTagger.Params p = new PerceptronTagger.Params(epochs, seed,
                    PerceptronTagger.Params.defaults().minWeight(), mixtures);
            Path shared = data.getParent() != null && data.getParent().getParent() != null
                    ? data.getParent().getParent() : root.resolve("../shared");
            WordClusters clusters = NerTraining.clusters(data,
                    UnlabelledCorpus.indosum(corpus != null ? corpus : shared.resolve(UnlabelledCorpus.INDOSUM)));
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
                EntityRecognizer rec = new EntityRecognizer(Optional.of(tagger), Gazetteer.standard());
                for (String f : EvalNerCommand.DEV_FILES) {
                    ConllEval e = NerTraining.evaluate(rec, data.resolve(f));
                    out.printf(Locale.ROOT, "%s ALL %.4f", f, e.overall().f1());
                    e.byType().forEach((t, s) -> out.printf(Locale.ROOT, " %s %.4f", t, s.f1()));
                    out.println();
                }
            }
            return 0;
        } catch (IOException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
