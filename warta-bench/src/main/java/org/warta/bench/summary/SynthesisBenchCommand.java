package org.warta.bench.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import org.warta.lang.LanguagePacks;
import org.warta.model.Article;
import org.warta.model.Moment;
import org.warta.model.Story;
import org.warta.story.SynthesisMemory;
import org.warta.story.WartaStorySynthesizer;
import org.warta.text.SentenceSplitter;
import org.warta.text.Span;
import org.warta.text.Tokenizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code warta bench synthesis <indosum dir>}: median time to synthesise one 50-article story on the calling thread
 * (run the JVM with {@code -XX:ActiveProcessorCount=1} for one core). The story is built from real IndoSum
 * sentences the way a wire story spreads: a few original reports, and rewrites of them that keep, drop and reorder
 * sentences and borrow sentences from the other reports. The peer, measured in the same run on the same articles,
 * is the bare text analysis every synthesis needs (sentence splitting and tokenising), so the ratio shows what the
 * synthesis itself costs.
 */
@Command(name = "synthesis", mixinStandardHelpOptions = true,
        description = "Median time to synthesise a 50-article story (one thread), with a text-analysis peer.")
public final class SynthesisBenchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "IndoSum folder holding articles.jsonl.gz")
    Path dir;

    @Option(names = "--articles", defaultValue = "50", description = "articles in the story (default ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--warmup", defaultValue = "30", description = "warm-up rounds (default ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--rounds", defaultValue = "50", description = "measured rounds (default ${DEFAULT-VALUE})")
    int rounds;

    @Option(names = "--seed", defaultValue = "20240619", description = "random seed of the story's construction")
    long seed;

    /**
     * Medians of one run.
     *
     * @param synthesisMs    median wall milliseconds of {@link WartaStorySynthesizer#synthesize}
     * @param peerMs         median wall milliseconds of splitting and tokenising the same articles
     * @param synthesisCpuMs median CPU milliseconds of the synthesising thread (robust on a shared machine)
     * @param peerCpuMs      median CPU milliseconds of the peer
     * @param firstCpuMs     CPU milliseconds of the very first synthesis (cold JIT and stem memo)
     * @param sentences      sentences in the story
     * @param againCpuMs     median CPU milliseconds of synthesising the same story once more right after, with what
     *                       synthesis remembers of its articles ({@link SynthesisMemory}); every timed first
     *                       synthesis starts with that memory emptied, as for a story never seen before
     */
    public record Result(double synthesisMs, double peerMs, double synthesisCpuMs, double peerCpuMs,
                         double firstCpuMs, int sentences, double againCpuMs) {
    }

    @Override
    public Integer call() {
        if (articles < 2 || rounds < 1 || warmup < 0) {
            System.err.println("warta bench synthesis: need --articles >= 2, --rounds >= 1, --warmup >= 0");
            return 2;
        }
        List<Article> story;
        try {
            story = story(SummaryEvaluation.read(dir), articles, seed);
        } catch (IOException e) {
            System.err.println("warta bench synthesis: " + e.getMessage());
            return 2;
        }
        Result r = measure(story, warmup, rounds);
        System.out.printf(Locale.ROOT, "story of %d articles, %d sentences; %d rounds after %d warm-up, one thread, "
                + "%d available processors%n", story.size(), r.sentences(), rounds, warmup,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-22s %10s %10s%n", "median", "wall ms", "cpu ms");
        System.out.printf(Locale.ROOT, "%-22s %10.2f %10.2f%n", "synthesis", r.synthesisMs(), r.synthesisCpuMs());
        System.out.printf(Locale.ROOT, "%-22s %10.2f %10.2f%n", "peer: split+tokenise", r.peerMs(), r.peerCpuMs());
        System.out.printf(Locale.ROOT, "synthesis / peer: %.1f (wall), %.1f (cpu)%n", r.synthesisMs() / r.peerMs(),
                r.synthesisCpuMs() / r.peerCpuMs());
        System.out.printf(Locale.ROOT, "the same story synthesised again, articles remembered: %.2f ms cpu%n",
                r.againCpuMs());
        System.out.printf(Locale.ROOT, "first synthesis of the run (cold JIT, empty stem memo): %.2f ms cpu%n",
                r.firstCpuMs());
        return 0;
    }

    /** Times synthesis and the peer, interleaved round by round so both see the same machine state. */
    public static Result measure(List<Article> story, int warmup, int rounds) {
        WartaStorySynthesizer synth = new WartaStorySynthesizer();
        long sink = 0;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] s = new double[rounds];
        double[] p = new double[rounds];
        double[] sc = new double[rounds];
        double[] pc = new double[rounds];
        double[] ac = new double[rounds];
        int sentences = 0;
        double first = 0;
        for (int i = -warmup; i < rounds; i++) {
            SynthesisMemory.forget();
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Story st = synth.synthesize("bench", story);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            int n = analyse(story);
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            Story again = synth.synthesize("bench", story);
            long c3 = cpu.getCurrentThreadCpuTime();
            sink += st.summary().size() + n + again.summary().size();
            if (i == -warmup) {
                first = (c1 - c0) / 1e6;
            }
            sentences = n;
            if (i >= 0) {
                s[i] = (t1 - t0) / 1e6;
                p[i] = (t2 - t1) / 1e6;
                sc[i] = (c1 - c0) / 1e6;
                pc[i] = (c2 - c1) / 1e6;
                ac[i] = (c3 - c2) / 1e6;
            }
        }
        if (sink == Long.MIN_VALUE) {
            System.out.print("");
        }
        return new Result(median(s), median(p), median(sc), median(pc), first, sentences, median(ac));
    }

    private static int analyse(List<Article> story) {
        int n = 0;
        for (Article a : story) {
            for (Span sentence : new SentenceSplitter(LanguagePacks.forCodeOrGeneric(a.language())).split(a.text())) {
                n += Tokenizer.tokens(sentence.text()).isEmpty() ? 0 : 1;
            }
        }
        return n;
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    /**
     * A story of {@code size} articles from real sentences: {@code size / 5} original reports (the first IndoSum
     * articles of at least eight sentences), each rewritten four times by keeping about 70% of its sentences in a lightly
     * shuffled order and adding one or two sentences of another original.
     */
    public static List<Article> story(List<SummaryEvaluation.Doc> docs, int size, long seed) {
        Random random = new Random(seed);
        List<SummaryEvaluation.Doc> originals = new ArrayList<>();
        for (SummaryEvaluation.Doc d : docs) {
            if (d.paragraphs().stream().mapToInt(List::size).sum() >= 8) {
                originals.add(d);
            }
            if (originals.size() == Math.max(1, size / 5)) {
                break;
            }
        }
        List<Article> out = new ArrayList<>();
        for (int i = 0; out.size() < size; i++) {
            SummaryEvaluation.Doc base = originals.get(i % originals.size());
            List<String> sentences = new ArrayList<>(base.paragraphs().stream().flatMap(List::stream).toList());
            if (i >= originals.size()) {
                sentences.removeIf(x -> random.nextDouble() < 0.3);
                for (int k = 1; k < sentences.size(); k++) {
                    if (random.nextDouble() < 0.2) {
                        String t = sentences.get(k);
                        sentences.set(k, sentences.get(k - 1));
                        sentences.set(k - 1, t);
                    }
                }
                SummaryEvaluation.Doc other = originals.get(random.nextInt(originals.size()));
                List<String> borrowed = other.paragraphs().stream().flatMap(List::stream).toList();
                for (int k = 0; k < 1 + random.nextInt(2) && !borrowed.isEmpty(); k++) {
                    sentences.add(borrowed.get(random.nextInt(borrowed.size())));
                }
            }
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < sentences.size(); k++) {
                text.append(sentences.get(k)).append(k % 3 == 2 ? "\n\n" : " ");
            }
            String title = String.join(" ", Arrays.asList(sentences.get(0).split(" ")).subList(0,
                    Math.min(10, sentences.get(0).split(" ").length)));
            out.add(new Article("b" + out.size(), "bench/" + out.size(), title, text.toString().strip(), "id",
                    Optional.empty(), Optional.of("Outlet " + (out.size() % 17)),
                    Optional.of(Moment.ofDate(java.time.LocalDate.of(2024, 6, 19).plusDays(out.size() % 3))),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(),
                    List.of(), List.of(), List.of()));
        }
        return out;
    }

    /** Runs the command on its own (the lead wires it under {@code warta bench}). */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new SynthesisBenchCommand()).execute(args));
    }
}
