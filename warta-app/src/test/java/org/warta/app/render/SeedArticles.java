package org.warta.app.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.warta.model.Article;
import org.warta.model.Moment;

/**
 * The five seed articles (read from {@code ../shared/seeds}, never copied into the project) turned into members
 * with a deliberately simple, test-local cleaning: the extraction stage does the real work; these tests are about
 * synthesis.
 */
final class SeedArticles {

    private static final Map<String, String> OUTLETS = Map.of(
            "000", "Antara (A)", "001", "MerahPutih.com", "002", "Outlet 002", "003", "RADARDETIK.ID",
            "004", "ANTARA Riau");
    private static final Map<String, List<String>> CREDITS = Map.of(
            "000", List.of("ANTARA"), "001", List.of("CNN"), "002", List.of("dpa"), "003", List.of("Reuters", "BBC"),
            "004", List.of("ANTARA", "Anadolu"));
    private static final Pattern JUNK = Pattern.compile(
            "^(?:Berita Trending|Berita Terbaru|Baca juga|Bagikan|Notification|Iklan|×|id Berita hari ini|Sumber:"
                    + "|Foto|Arsip -|- ).*|.*(?:\\(Foto:|/Foto|-/\\S+$).*");
    private static final Pattern PUBLISHED = Pattern.compile(
            "^\\w+, (\\d{1,2}) (\\w+) (\\d{4}) \\| (\\d{2}):(\\d{2}) WIB.*");
    private static final Pattern PHOTO_PREFIX = Pattern.compile("^Foto:\\s*\\S+\\s+-\\s+");

    private SeedArticles() {
    }

    static Path dir() {
        String shared = System.getProperty("warta.shared");
        Path base = shared != null ? Path.of(shared)
                : Path.of(System.getProperty("warta.root", ".")).resolve("../shared");
        return base.resolve("seeds");
    }

    static List<Article> load() throws IOException {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(article(f));
            }
        }
        return out;
    }

    private static Article article(Path file) throws IOException {
        String name = file.getFileName().toString().replace(".txt", "");
        String n = name.substring(0, 3);
        String title = null;
        Optional<Moment> published = Optional.empty();
        List<String> paragraphs = new ArrayList<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = PHOTO_PREFIX.matcher(raw.strip()).replaceFirst("");
            if (line.startsWith("Berita Terkait")) {
                break;
            }
            var date = PUBLISHED.matcher(line);
            if (date.matches()) {
                published = Moment.parse(String.format("%s-%02d-%02dT%s:%s+07:00", date.group(3),
                        java.time.Month.valueOf(date.group(2).toUpperCase(java.util.Locale.ROOT)).getValue(),
                        Integer.parseInt(date.group(1)), date.group(4), date.group(5)));
                continue;
            }
            if (line.isEmpty() || JUNK.matcher(line).matches()) {
                continue;
            }
            if (title == null) {
                title = line;
                continue;
            }
            if (line.equals(title)) {
                continue;
            }
            paragraphs.add(line);
        }
        return new Article(name, "seeds/" + file.getFileName(), title, String.join("\n\n", paragraphs), "id",
                Optional.empty(), Optional.of(OUTLETS.get(n)), published, Optional.empty(), Optional.empty(),
                Optional.empty(), CREDITS.get(n), List.of(), Optional.empty(), List.of(), List.of(), List.of());
    }
}
