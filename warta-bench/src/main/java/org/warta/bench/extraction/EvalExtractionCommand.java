package org.warta.bench.extraction;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.warta.extract.WartaExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warta eval extraction DIR}: precision, recall and F1 of main-text extraction on the trafilatura set
 * (scored as trafilatura scores it) and single-thread pages per second, for Warta and, in the same run,
 * boilerpipe and readability4j.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Main-text extraction quality and speed: Warta vs boilerpipe vs readability4j.")
public final class EvalExtractionCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "the extraction set, e.g. ../shared/eval/extraction/trafilatura")
    Path dir;

    @Option(names = "--every", defaultValue = "1", description = "use every n-th page only (a fixed sample); default ${DEFAULT-VALUE}")
    int every;

    @Option(names = "--passes", defaultValue = "3", description = "timed passes per system (median reported); 0 = no timing; default ${DEFAULT-VALUE}")
    int passes;

    @Option(names = "--warmup", defaultValue = "2", description = "untimed warm-up passes per system after the scoring pass; default ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--peers-predecoded", description = "give the peers each page already decoded, outside their "
            + "timing (by default every system starts from the page's bytes; Warta also finds the charset)")
    boolean peersPredecoded;

    @Option(names = "--no-peers", description = "measure Warta only")
    boolean noPeers;

    @Option(names = "--dump", paramLabel = "FILE",
            description = "write Warta's per-page losses (missed and extra snippets, largest first) to FILE")
    Path dump;

    @Option(names = "--dump-text", description = "with --dump: write every page with its extracted text")
    boolean dumpText;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println(dir + ": not a folder");
            return 2;
        }
        if (every < 1 || passes < 0 || warmup < 0) {
            err.println("--every must be at least 1, --passes and --warmup at least 0");
            return 2;
        }
        List<EvalPage> pages;
        try {
            pages = ExtractionDataset.load(dir, every);
        } catch (IOException | RuntimeException e) {
            err.println(dir + ": cannot read the set: " + e.getMessage());
            return 2;
        }
        List<TextExtractorUnderTest> systems = new ArrayList<>();
        systems.add(new WartaUnderTest(new WartaExtractor()));
        if (!noPeers) {
            systems.add(new BoilerpipeUnderTest(peersPredecoded));
            systems.add(new Readability4jUnderTest(peersPredecoded));
        }
        if (dump != null) {
            try {
                LossDump.write(pages, systems.get(0), dump, dumpText);
            } catch (IOException e) {
                err.println(dump + ": cannot write the dump: " + e.getMessage());
                return 2;
            }
        }
        List<ExtractionEvaluation.Result> results = ExtractionEvaluation.run(pages, systems, warmup, passes);
        out.printf("extraction: %d pages from %s, single thread, %d warm-up + %d timed passes (median), %d cores%n",
                pages.size(), dir, warmup, passes, Runtime.getRuntime().availableProcessors());
        out.printf("%-14s %9s %9s %9s %9s %10s %10s %8s%n", "system", "precision", "recall", "F1", "accuracy",
                "pages/s", "CPU p/s", "errors");
        for (ExtractionEvaluation.Result r : results) {
            SnippetScore s = r.score();
            out.printf("%-14s %9.3f %9.3f %9.3f %9.3f %10.1f %10.1f %8d%n", r.system(), s.precision(), s.recall(),
                    s.f1(), s.accuracy(), r.pagesPerSec(), r.cpuPagesPerSec(), r.failures());
        }
        if (results.size() == 3 && results.get(2).pagesPerSec() > 0) {
            out.printf("throughput ratio Warta / readability4j = %.2f, Warta / boilerpipe = %.2f%n",
                    results.get(0).pagesPerSec() / results.get(2).pagesPerSec(),
                    results.get(0).pagesPerSec() / results.get(1).pagesPerSec());
            if (results.get(2).cpuPagesPerSec() > 0) {
                out.printf("CPU-time ratio   Warta / readability4j = %.2f, Warta / boilerpipe = %.2f%n",
                        results.get(0).cpuPagesPerSec() / results.get(2).cpuPagesPerSec(),
                        results.get(0).cpuPagesPerSec() / results.get(1).cpuPagesPerSec());
            }
        }
        out.flush();
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new EvalExtractionCommand()).execute(args));
    }
}
