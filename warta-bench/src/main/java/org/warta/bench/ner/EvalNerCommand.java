package org.warta.bench.ner;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.nlp.ner.ConllEval;
import org.warta.nlp.ner.EntityRecognizer;
import org.warta.nlp.ner.Gazetteer;
import org.warta.nlp.ner.NerTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warta eval ner DIR}: entity-level exact-match precision, recall and F1 per type (conlleval) of the
 * shipped recogniser on idner-news-2k dev and NERGRIT valid under DIR (normally {@code ../shared/eval/ner}), beside
 * a peer measured in the same run: the gazetteer-only recogniser (no trained model).
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
        description = "Entity-level P/R/F1 per type (conlleval) on idner-news-2k dev and NERGRIT valid.")
public final class EvalNerCommand implements Callable<Integer> {

    /** The dev sets scored, relative to DIR. */
    public static final List<String> DEV_FILES = List.of("idner-news-2k/dev.txt", "nergrit/valid.txt");

    @Parameters(index = "0", paramLabel = "DIR", description = "the NER eval directory (../shared/eval/ner)")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println(dir + ": not a directory");
            return 2;
        }
        EntityRecognizer model = EntityRecognizer.standard();
        if (!model.hasModel()) {
            err.println(EntityRecognizer.MODEL_RESOURCE + ": model missing; run `warta train ner` first");
            return 1;
        }
        EntityRecognizer peer = new EntityRecognizer(Optional.empty(), Gazetteer.standard());
        List<String> missing = new ArrayList<>();
        for (String f : DEV_FILES) {
            Path p = dir.resolve(f);
            if (!Files.isRegularFile(p)) {
                missing.add(f);
                continue;
            }
            try {
                ConllEval e = NerTraining.evaluate(model, p);
                ConllEval g = NerTraining.evaluate(peer, p);
                out.println("== " + f + " — Warta (perceptron + gazetteers)");
                out.print(e.report());
                out.println("-- peer: rules + gazetteers only");
                out.print(g.report());
                out.println();
            } catch (IOException | RuntimeException ex) {
                err.println(p + ": cannot read (" + ex.getMessage() + ")");
                return 1;
            }
        }
        for (String m : missing) {
            err.println(dir.resolve(m) + ": not found, skipped");
        }
        return missing.size() == DEV_FILES.size() ? 1 : 0;
    }
}
