package org.warta.bench.scale;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders the scale curve (articles per CPU-second against articles processed, log scale, one line per run; live
 * stories are in the table) as a small standalone SVG.
 */
final class ScaleSvg {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd"};

    private ScaleSvg() {
    }

    static String render(List<ScaleBenchCommand.Point> points) {
        int w = 720;
        int h = 400;
        int left = 70;
        int right = 20;
        int top = 30;
        int bottom = 50;
        double minX = Math.floor(Math.log10(points.stream().mapToDouble(ScaleBenchCommand.Point::processed).min()
                .orElse(10)));
        double maxX = Math.ceil(Math.log10(points.stream().mapToDouble(ScaleBenchCommand.Point::processed).max()
                .orElse(10)));
        double maxY = points.stream().mapToDouble(ScaleBenchCommand.Point::articlesPerSecond).max().orElse(1) * 1.1;
        maxX = Math.max(minX + 1, maxX);
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", w, h));
        s.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", w, h));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">Warta dedup + online "
                + "clustering: articles per CPU-second as the stream grows</text>%n", left));
        int pw = w - left - right;
        int ph = h - top - bottom;
        for (int i = 0; i <= 5; i++) {
            double y = top + ph - ph * i / 5.0;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                    + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%,.0f</text>%n", left, y, w - right, y,
                    left - 6, y + 4, maxY * i / 5.0));
        }
        for (double e = minX; e <= maxX; e++) {
            double x = left + pw * (e - minX) / (maxX - minX);
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%,.0f</text>%n",
                    x, h - bottom + 18, Math.pow(10, e)));
        }
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", left, top, left, top + ph,
                left, top + ph, w - right, top + ph));
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">articles processed (log scale)</text>%n",
                left + pw / 2.0, h - 12));
        s.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%.1f\" transform=\"rotate(-90 16 %.1f)\" "
                + "text-anchor=\"middle\">articles / CPU-second</text>%n", top + ph / 2.0, top + ph / 2.0));
        Map<Integer, StringBuilder> lines = new TreeMap<>();
        for (ScaleBenchCommand.Point p : points) {
            double x = left + pw * (Math.log10(p.processed()) - minX) / (maxX - minX);
            double y = top + ph - ph * p.articlesPerSecond() / maxY;
            lines.computeIfAbsent(p.n(), k -> new StringBuilder()).append(String.format(Locale.ROOT, "%.1f,%.1f ",
                    x, y));
        }
        int i = 0;
        for (var e : lines.entrySet()) {
            String c = COLOURS[i % COLOURS.length];
            s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" "
                    + "points=\"%s\"/>%n", c, e.getValue().toString().strip()));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">N = %,d</text>%n",
                    w - right - 120, top + 16 + 16 * i, c, e.getKey()));
            i++;
        }
        s.append("</svg>\n");
        return s.toString();
    }
}
