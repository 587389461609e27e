package org.warta.bench.similarity;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The SemEval-2022 Task 8 pairs file ({@code pairs.csv}: pair_id, lang1, lang2, text1, text2, Overall), read with a
 * small RFC 4180 parser (quoted fields, doubled quotes, newlines inside quotes).
 */
public final class SimilarityPairs {

    /** One pair; {@code overall} is the gold score, 1 (same story) … 4 (unrelated). */
    public record Pair(String id, String lang1, String lang2, String text1, String text2, double overall) {
        public String languagePair() {
            return lang1 + "-" + lang2;
        }
    }

    private SimilarityPairs() {
    }

    public static List<Pair> load(Path dir) throws IOException {
        Path file = dir.resolve("pairs.csv");
        if (!Files.isRegularFile(file)) {
            throw new IOException(dir + ": no pairs.csv (expected the SemEval-2022 Task 8 pairs)");
        }
        List<List<String>> rows;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = parse(r);
        }
        if (rows.isEmpty()) {
            throw new IOException(file + ": empty");
        }
        List<String> header = rows.get(0);
        int id = header.indexOf("pair_id");
        int l1 = header.indexOf("lang1");
        int l2 = header.indexOf("lang2");
        int t1 = header.indexOf("text1");
        int t2 = header.indexOf("text2");
        int ov = header.indexOf("Overall");
        if (Math.min(Math.min(id, l1), Math.min(Math.min(l2, t1), Math.min(t2, ov))) < 0) {
            throw new IOException(file + ": missing one of pair_id, lang1, lang2, text1, text2, Overall");
        }
        List<Pair> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < header.size()) {
                continue;
            }
            out.add(new Pair(row.get(id), row.get(l1), row.get(l2), row.get(t1), row.get(t2),
                    Double.parseDouble(row.get(ov))));
        }
        return out;
    }

    static List<List<String>> parse(Reader r) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int c;
        while ((c = r.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    r.mark(1);
                    int d = r.read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (d == -1) {
                            break;
                        }
                        r.reset();
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append((char) c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
