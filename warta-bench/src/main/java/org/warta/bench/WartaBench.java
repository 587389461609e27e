package org.warta.bench;

import org.warta.app.Warta;
import picocli.CommandLine;

/**
 * The {@code warta} command line with the developer commands added: {@code eval}, {@code bench}, {@code train}.
 * Lives in warta-bench so that peer systems (boilerpipe, readability4j, Carrot2) never reach the product classpath;
 * {@code ./warta} runs this main for those three commands.
 */
public final class WartaBench {

    private WartaBench() {
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        CommandLine cl = Warta.commandLine();
        cl.addSubcommand(new CommandLine(new EvalCommand()));
        cl.addSubcommand(new CommandLine(new BenchCommand()));
        cl.addSubcommand(new CommandLine(new TrainCommand()));
        return cl;
    }
}
