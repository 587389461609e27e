package org.warta.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option shared by every command that works on the embedded store (a picocli mixin). */
public final class DataDirectory {

    @Option(names = "--data", paramLabel = "DIR", description = "data directory (default: ${DEFAULT-VALUE})")
    Path path = Path.of("warta-data");

    /** The data directory given (default {@code warta-data} in the working directory). */
    public Path path() {
        return path;
    }
}
