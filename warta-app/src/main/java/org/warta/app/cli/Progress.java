package org.warta.app.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A progress bar on stderr for long runs: drawn only when the work is large and stderr is a terminal, redrawn at
 * most ten times a second, erased when done. Thread-safe.
 */
final class Progress implements AutoCloseable {

    /** Runs with fewer items than this show no bar. */
    static final int LARGE = 200;

    private final PrintStream err;
    private final String label;
    private final int total;
    private final boolean shown;
    private final AtomicInteger done = new AtomicInteger();
    private volatile long lastDraw;

    Progress(PrintStream err, String label, int total, boolean enabled) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.shown = enabled && total >= LARGE && stderrIsTerminal();
    }

    void step() {
        int d = done.incrementAndGet();
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastDraw < 100_000_000L && d < total) {
            return;
        }
        lastDraw = now;
        int width = 30;
        int filled = (int) ((long) d * width / Math.max(1, total));
        synchronized (err) {
            err.print(String.format(Locale.ROOT, "\r%s [%s%s] %d/%d", label, "#".repeat(filled),
                    " ".repeat(width - filled), d, total));
            err.flush();
        }
    }

    @Override
    public void close() {
        if (shown) {
            synchronized (err) {
                err.print("\r" + " ".repeat(label.length() + 50) + "\r");
                err.flush();
            }
        }
    }

    /** {@code Console.isTerminal()} (JDK 22+) when available, else whether a console exists. */
    private static boolean stderrIsTerminal() {
        java.io.Console c = System.console();
        if (c == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(c);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
