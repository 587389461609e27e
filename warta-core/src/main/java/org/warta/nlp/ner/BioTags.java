package org.warta.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.model.EntityType;

/**
 * BIO tag helpers: chunk extraction with the conlleval conventions (an {@code I-X} that does not continue an
 * {@code X} chunk opens one), and the mapping of the corpora's tag sets onto Warta's types:
 * <ul>
 *   <li>idner-news-2k: PER, ORG, LOC → PERSON, ORGANIZATION, LOCATION</li>
 *   <li>NERGRIT: PERSON, ORGANISATION, PLACE → PERSON, ORGANIZATION, LOCATION</li>
 *   <li>NERP: PPL → PERSON, IND (institutions/companies) → ORGANIZATION, PLC → LOCATION; EVT and FNB → O</li>
 * </ul>
 */
public final class BioTags {

    private BioTags() {
    }

    /** Short label used in tags (PER, ORG, LOC) for a type, or empty for types the tagger does not learn. */
    public static Optional<String> label(EntityType t) {
        return switch (t) {
            case PERSON -> Optional.of("PER");
            case ORGANIZATION -> Optional.of("ORG");
            case LOCATION -> Optional.of("LOC");
            default -> Optional.empty();
        };
    }

    /** The type of a short or corpus label, empty for labels mapped to O. */
    public static Optional<EntityType> type(String label) {
        return switch (label) {
            case "PER", "PERSON", "PPL" -> Optional.of(EntityType.PERSON);
            case "ORG", "ORGANISATION", "ORGANIZATION", "IND" -> Optional.of(EntityType.ORGANIZATION);
            case "LOC", "PLACE", "PLC", "GPE" -> Optional.of(EntityType.LOCATION);
            default -> Optional.empty();
        };
    }

    /** Maps a corpus tag ("B-PLACE", "I-PPL", "O") onto Warta's BIO tags ("B-LOC", "I-PER", "O"). */
    public static String normalise(String corpusTag) {
        if (corpusTag.length() < 3 || corpusTag.charAt(1) != '-') {
            return "O";
        }
        char bi = corpusTag.charAt(0);
        if (bi != 'B' && bi != 'I') {
            return "O";
        }
        return type(corpusTag.substring(2)).flatMap(BioTags::label).map(l -> bi + "-" + l).orElse("O");
    }

    /** The chunks of a BIO tag sequence (conlleval rules). */
    public static List<NerSpan> chunks(List<String> tags) {
        List<NerSpan> out = new ArrayList<>();
        int start = -1;
        String cur = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            String lab = t.length() > 2 ? t.substring(2) : null;
            boolean begins = t.startsWith("B-") || (t.startsWith("I-") && !lab.equals(cur));
            boolean ends = cur != null && (t.equals("O") || begins);
            if (ends) {
                int s = start;
                String c = cur;
                int e = i;
                type(c).ifPresent(ty -> out.add(new NerSpan(s, e, ty)));
                cur = null;
            }
            if (begins) {
                start = i;
                cur = lab;
            }
        }
        return out;
    }

    /** BIO tags of {@code n} tokens for the given spans. */
    public static List<String> tags(int n, List<NerSpan> spans) {
        String[] t = new String[n];
        java.util.Arrays.fill(t, "O");
        for (NerSpan s : spans) {
            String l = label(s.type()).orElse(null);
            if (l == null) {
                continue;
            }
            for (int i = s.start(); i < s.end(); i++) {
                t[i] = (i == s.start() ? "B-" : "I-") + l;
            }
        }
        return List.of(t);
    }
}
