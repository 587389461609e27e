package org.warta.nlp.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.warta.model.EntityType;

/**
 * Entity-level exact-match scoring as the CoNLL-2000 {@code conlleval} script does it (Tjong Kim Sang &amp;
 * Buchholz 2000): a predicted chunk counts only when its start, end and type all equal a gold chunk's. Mutable
 * accumulator: call {@link #add} per sentence, then read the scores. Not thread-safe.
 */
public final class ConllEval {

    /** Counts of one type. */
    public static final class Counts {
        long tp;
        long predicted;
        long gold;

        public double precision() {
            return predicted == 0 ? 0 : (double) tp / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) tp / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public long tp() {
            return tp;
        }

        public long predicted() {
            return predicted;
        }

        public long gold() {
            return gold;
        }
    }

    private final Map<EntityType, Counts> byType = new TreeMap<>();
    private final Counts overall = new Counts();

    /** Adds one sentence's gold and predicted chunks. */
    public void add(List<NerSpan> gold, List<NerSpan> predicted) {
        Set<NerSpan> g = new HashSet<>(gold);
        for (NerSpan s : gold) {
            counts(s.type()).gold++;
            overall.gold++;
        }
        for (NerSpan s : predicted) {
            counts(s.type()).predicted++;
            overall.predicted++;
            if (g.contains(s)) {
                counts(s.type()).tp++;
                overall.tp++;
            }
        }
    }

    private Counts counts(EntityType t) {
        return byType.computeIfAbsent(t, k -> new Counts());
    }

    public Map<EntityType, Counts> byType() {
        return byType;
    }

    public Counts overall() {
        return overall;
    }

    /** A conlleval-like table: one line per type and one for all. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-14s %6s %6s %6s %6s %6s %6s%n", "type", "gold", "pred", "tp",
                "P", "R", "F1"));
        for (var e : byType.entrySet()) {
            line(sb, e.getKey().name(), e.getValue());
        }
        line(sb, "ALL", overall);
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, Counts c) {
        sb.append(String.format(Locale.ROOT, "%-14s %6d %6d %6d %6.4f %6.4f %6.4f%n", name, c.gold, c.predicted, c.tp,
                c.precision(), c.recall(), c.f1()));
    }
}
