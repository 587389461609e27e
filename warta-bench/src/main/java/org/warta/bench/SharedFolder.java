package org.warta.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The shared data folder ({@code ../shared}: seeds and eval sets) that benches and evaluations read. */
public final class SharedFolder {

    private SharedFolder() {
    }

    /**
     * The folder given, else the {@code warta.shared} property, else {@code ../shared}; empty, after one line on
     * {@code err}, when it has no {@code eval/} inside.
     */
    public static Optional<Path> resolve(Path given, PrintWriter err) {
        Path dir = given != null ? given : Path.of(System.getProperty("warta.shared", "../shared"));
        if (!Files.isDirectory(dir.resolve("eval"))) {
            err.println(dir + ": not the shared data folder (no eval/ inside)");
            return Optional.empty();
        }
        return Optional.of(dir);
    }
}
