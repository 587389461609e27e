package org.warta.bench.language;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.warta.lang.FunctionWordVote;
import org.warta.lang.LanguageIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warta eval language [SHARED_DIR]}: accuracy of language identification on texts of known language
 * ({@link LabelledTexts}), whole texts and headlines (or first sentences) alone, for Warta (function-word vote, then
 * Lingua), Warta with the vote disabled (Lingua alone, as before the vote), and optimaize language-detector 0.6, in
 * the same run; the share of texts the vote decides without Lingua; every answer the vote changes; and, with
 * {@code --rounds}, per-text CPU time medians of the three on the whole texts.
 */
@Command(name = "language", mixinStandardHelpOptions = true,
        description = "Language identification on texts of known language (SemEval-2022, IndoSum, ECB+, the scale "
                + "stream): Warta, Warta without its function-word vote, optimaize language-detector.")
public final class EvalLanguageCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SHARED_DIR",
            description = "The shared data folder (with eval/ inside); default: the warta.shared property or ../shared")
    Path shared;

    @Option(names = "--stream", description = "Articles of the scale bench's stream to include (default: "
            + "${DEFAULT-VALUE}; 0 = none)")
    int stream = 12_000;

    @Option(names = "--seed", description = "Seed of the scale stream (default: ${DEFAULT-VALUE}, the scale bench's)")
    long seed = LabelledTexts.STREAM_SEED;

    @Option(names = "--rounds", description = "Timed passes over the whole texts for CPU medians (default: "
            + "${DEFAULT-VALUE}; 0 = no timing)")
    int rounds = 3;

    @Spec
    CommandSpec spec;

    /** What a system is shown. */
    public enum Condition { FULL, TITLE }

    /** The answers of the three systems on one list of texts under one condition. */
    public record Run(List<LabelledTexts.Text> texts, Condition condition, String[] warta, String[] lingua,
                      String[] peer, boolean[] byVote) {

        public int correct(String[] answers) {
            int c = 0;
            for (int i = 0; i < texts.size(); i++) {
                c += answers[i].equals(texts.get(i).language()) ? 1 : 0;
            }
            return c;
        }

        public double accuracy(String[] answers) {
            return texts.isEmpty() ? Double.NaN : correct(answers) / (double) texts.size();
        }

        public int decidedByVote() {
            int c = 0;
            for (boolean b : byVote) {
                c += b ? 1 : 0;
            }
            return c;
        }

        /** Indices of the texts where Warta's answer differs from Lingua alone's. */
        public List<Integer> changed() {
            List<Integer> out = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (!warta[i].equals(lingua[i])) {
                    out.add(i);
                }
            }
            return out;
        }

        /** This run restricted to one set or one gold language. */
        public Run where(java.util.function.Predicate<LabelledTexts.Text> keep) {
            List<Integer> idx = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (keep.test(texts.get(i))) {
                    idx.add(i);
                }
            }
            boolean[] v = new boolean[idx.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = byVote[idx.get(k)];
            }
            return new Run(idx.stream().map(texts::get).toList(), condition, pick(warta, idx), pick(lingua, idx),
                    pick(peer, idx), v);
        }

        private static String[] pick(String[] a, List<Integer> idx) {
            return idx.stream().map(i -> a[i]).toArray(String[]::new);
        }
    }

    /** The three systems, built once (Lingua's models load on first use and are shared by both Warta variants). */
    public record Systems(LanguageIdentifier warta, LanguageIdentifier lingua, OptimaizePeer peer) {
        public static Systems create() {
            LanguageIdentifier.Settings d = LanguageIdentifier.Settings.defaults();
            return new Systems(new LanguageIdentifier(d),
                    new LanguageIdentifier(d.withFunctionWords(d.functionWords().disabled())),
                    new OptimaizePeer(d.languages(), d.maxChars()));
        }
    }

    /** The three systems' answers on the texts under a condition. */
    public static Run run(Systems s, List<LabelledTexts.Text> texts, Condition condition) {
        int n = texts.size();
        String[] w = new String[n];
        String[] l = new String[n];
        String[] p = new String[n];
        boolean[] v = new boolean[n];
        for (int i = 0; i < n; i++) {
            String[] in = input(texts.get(i), condition);
            w[i] = s.warta().identify(in[0], in[1]);
            l[i] = s.lingua().identify(in[0], in[1]);
            p[i] = s.peer().identify(in[0], in[1]);
            v[i] = s.warta().decidedByFunctionWords(in[0], in[1]);
        }
        return new Run(texts, condition, w, l, p, v);
    }

    /** Title and text as a system sees them: all of it, or the headline (first sentence when there is none). */
    static String[] input(LabelledTexts.Text t, Condition c) {
        if (c == Condition.FULL) {
            return new String[] {t.title(), t.body()};
        }
        return new String[] {t.title().isEmpty() ? firstSentence(t.body()) : t.title(), ""};
    }

    static String firstSentence(String body) {
        String s = body.strip();
        for (int i = 20; i < Math.min(s.length() - 1, 250); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(s.charAt(i + 1))) {
                return s.substring(0, i + 1);
            }
        }
        return s.length() <= 250 ? s : s.substring(0, s.lastIndexOf(' ', 250) > 0 ? s.lastIndexOf(' ', 250) : 250);
    }

    /** Median and mean over texts of each text's median CPU microseconds over the rounds. */
    public record Cost(double medianMicros, double meanMicros) {
    }

    static Cost cost(List<LabelledTexts.Text> texts, BiFunction<String, String, String> identify, int rounds) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        double[][] t = new double[texts.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < texts.size(); i++) {
                LabelledTexts.Text x = texts.get(i);
                long c0 = bean.getCurrentThreadCpuTime();
                identify.apply(x.title(), x.body());
                t[i][r] = (bean.getCurrentThreadCpuTime() - c0) / 1e3;
            }
        }
        double[] perText = new double[texts.size()];
        for (int i = 0; i < perText.length; i++) {
            Arrays.sort(t[i]);
            perText[i] = t[i][rounds / 2];
        }
        double mean = Arrays.stream(perText).average().orElse(Double.NaN);
        Arrays.sort(perText);
        return new Cost(perText.length == 0 ? Double.NaN : perText[perText.length / 2], mean);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> folder = org.warta.bench.SharedFolder.resolve(shared, err);
        if (folder.isEmpty()) {
            return 2;
        }
        Path dir = folder.get();
        if (stream < 0 || rounds < 0) {
            err.println("--stream and --rounds must not be negative");
            return 2;
        }
        try {
            Map<String, List<LabelledTexts.Text>> sets = new LinkedHashMap<>();
            sets.put("semeval", LabelledTexts.semeval(dir));
            sets.put("indosum", LabelledTexts.indosum(dir));
            sets.put("ecbplus", LabelledTexts.ecbplus(dir));
            if (stream > 0) {
                sets.put("stream", LabelledTexts.stream(dir, stream, seed));
            }
            Systems systems = Systems.create();
            FunctionWordVote.Settings vote = systems.warta().settings().functionWords();
            out.printf(Locale.ROOT, "function-word vote: at least %d words, best language's share >= %.2f, "
                    + ">= %.1f x the runner-up; JVM %s, %d cores%n", vote.minTokens(), vote.minShare(), vote.margin(),
                    Runtime.version(), Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "%-8s %-6s %6s %8s %8s %9s %8s %8s%n", "set", "cond", "texts", "warta",
                    "lingua", "optimaize", "by-vote", "changed");
            List<Run> full = new ArrayList<>();
            List<Run> all = new ArrayList<>();
            for (var e : sets.entrySet()) {
                for (Condition c : Condition.values()) {
                    Run r = run(systems, e.getValue(), c);
                    all.add(r);
                    if (c == Condition.FULL) {
                        full.add(r);
                    }
                    out.printf(Locale.ROOT, "%-8s %-6s %6d %8.4f %8.4f %9.4f %8.3f %8d%n", e.getKey(),
                            c.name().toLowerCase(Locale.ROOT), r.texts().size(), r.accuracy(r.warta()),
                            r.accuracy(r.lingua()), r.accuracy(r.peer()),
                            r.decidedByVote() / (double) r.texts().size(), r.changed().size());
                    out.flush();
                }
            }
            out.println("warta = function-word vote, then Lingua; lingua = Warta with the vote disabled; by-vote = "
                    + "share decided without Lingua; changed = answers that differ between warta and lingua");
            out.println();
            out.println("per gold language, whole texts of all sets: correct / texts");
            out.printf(Locale.ROOT, "%-4s %6s %8s %8s %9s %8s%n", "lang", "texts", "warta", "lingua", "optimaize",
                    "by-vote");
            Map<String, List<Run>> byLanguage = new TreeMap<>();
            for (Run r : full) {
                r.texts().stream().map(LabelledTexts.Text::language).distinct().forEach(l ->
                        byLanguage.computeIfAbsent(l, k -> new ArrayList<>()).add(r.where(t -> t.language().equals(l))));
            }
            byLanguage.forEach((l, runs) -> {
                int n = runs.stream().mapToInt(r -> r.texts().size()).sum();
                out.printf(Locale.ROOT, "%-4s %6d %8d %8d %9d %8d%n", l, n,
                        runs.stream().mapToInt(r -> r.correct(r.warta())).sum(),
                        runs.stream().mapToInt(r -> r.correct(r.lingua())).sum(),
                        runs.stream().mapToInt(r -> r.correct(r.peer())).sum(),
                        runs.stream().mapToInt(Run::decidedByVote).sum());
            });
            out.println();
            int changed = all.stream().mapToInt(r -> r.changed().size()).sum();
            int texts = all.stream().mapToInt(r -> r.texts().size()).sum();
            out.printf(Locale.ROOT, "answers changed by the vote: %d of %d%n", changed, texts);
            for (Run r : all) {
                for (int i : r.changed()) {
                    LabelledTexts.Text t = r.texts().get(i);
                    String[] in = input(t, r.condition());
                    String sample = (in[0] + " | " + in[1]).replaceAll("\\s+", " ");
                    out.printf(Locale.ROOT, "  %s %s gold %s: warta %s, lingua %s: %s%n", t.id(),
                            r.condition().name().toLowerCase(Locale.ROOT), t.language(), r.warta()[i], r.lingua()[i],
                            sample.substring(0, Math.min(160, sample.length())));
                }
            }
            if (rounds > 0) {
                out.println();
                out.printf(Locale.ROOT, "CPU per whole text, microseconds (one thread; each text's median over %d "
                        + "rounds, then median / mean over texts)%n", rounds);
                out.printf(Locale.ROOT, "%-8s %17s %17s %17s %14s%n", "set", "warta", "lingua", "optimaize",
                        "lingua/warta");
                for (var e : sets.entrySet()) {
                    Cost w = cost(e.getValue(), systems.warta()::identify, rounds);
                    Cost l = cost(e.getValue(), systems.lingua()::identify, rounds);
                    Cost p = cost(e.getValue(), systems.peer()::identify, rounds);
                    out.printf(Locale.ROOT, "%-8s %8.1f / %6.1f %8.1f / %6.1f %8.1f / %6.1f %6.1f / %5.1f%n",
                            e.getKey(), w.medianMicros(), w.meanMicros(), l.medianMicros(), l.meanMicros(),
                            p.medianMicros(), p.meanMicros(), l.medianMicros() / w.medianMicros(),
                            l.meanMicros() / w.meanMicros());
                    out.flush();
                }
            }
            out.flush();
            return 0;
        } catch (IOException | RuntimeException e) {
            err.println(dir + ": " + e.getMessage());
            return 1;
        }
    }
}
