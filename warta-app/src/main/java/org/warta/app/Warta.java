package org.warta.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.warta.app.cli.AnalyzeCommand;
import org.warta.app.cli.DigestCommand;
import org.warta.app.cli.ExtractCommand;
import org.warta.app.cli.IngestCommand;
import org.warta.app.cli.SearchCommand;
import org.warta.app.cli.ServeCommand;
import org.warta.app.cli.StoriesCommand;
import org.warta.app.cli.StoryCommand;
import org.warta.app.cli.WatchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code warta} command line. */
@Command(name = "warta", mixinStandardHelpOptions = true, version = "warta 0.1.0",
        description = "News intelligence: raw articles from many outlets in, one story per real-world event out.",
        subcommands = {DigestCommand.class, ExtractCommand.class, AnalyzeCommand.class, IngestCommand.class,
                WatchCommand.class, SearchCommand.class, StoriesCommand.class, StoryCommand.class, ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Warta {

    private Warta() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns the exit status (user errors print one line, never a stack trace). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured picocli command line (also used by {@code warta-bench} to add its commands). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Warta());
        cl.setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("warta: " + oneLine(ex));
            return 1;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("warta: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help'.");
            return 2;
        });
        return cl;
    }

    /** A one-line description of an unexpected failure. */
    public static String oneLine(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }
}
