package org.warta.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared seeds and eval data are: system property {@code warta.shared}, else {@code ../shared}. */
final class SharedData {
    private SharedData() {
    }

    static Path dir() {
        String p = System.getProperty("warta.shared");
        if (p != null && Files.isDirectory(Path.of(p))) {
            return Path.of(p);
        }
        String root = System.getProperty("warta.root", ".");
        Path a = Path.of(root).resolve("../shared");
        return Files.isDirectory(a) ? a : Path.of("../shared");
    }

    static Path seed(String prefix) throws java.io.IOException {
        try (var s = Files.list(dir().resolve("seeds"))) {
            return s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("seed " + prefix + " missing under " + dir()));
        }
    }
}
