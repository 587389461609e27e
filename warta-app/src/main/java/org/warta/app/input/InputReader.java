package org.warta.app.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.warta.extract.RawDocument;
import org.warta.model.Moment;
import org.warta.model.Problem;

/**
 * Turns the paths a user gives into {@link RawDocument}s. Folders are read recursively, keeping files named
 * {@code *.txt}, {@code *.html}, {@code *.htm} and their {@code .gz}; a file named explicitly is read whatever its
 * name. A document's {@code source} is its path under the folder given, or the path as given for a file.
 * Every unusable input becomes one {@link Problem}; reading goes on.
 */
public final class InputReader {

    /** Default cap on one input's size (after gunzip): larger files are refused, not truncated. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private final long maxBytes;

    public InputReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes largest accepted input in bytes (after decompression) */
    public InputReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
    }

    /** One file to read, with the name it goes by. */
    public record Entry(Path path, String source) {
    }

    /** Lists the files the paths stand for, in a stable order; missing paths become problems. */
    public List<Entry> list(List<String> paths, Consumer<Problem> problems) {
        List<Entry> out = new ArrayList<>();
        for (String given : paths) {
            Path p = Path.of(given);
            if (!Files.exists(p)) {
                problems.accept(new Problem(given, "no such file or directory"));
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(InputReader::isArticleFile).sorted()
                            .forEach(f -> out.add(new Entry(f, p.relativize(f).toString().replace('\\', '/'))));
                } catch (IOException | RuntimeException e) {
                    problems.accept(new Problem(given, "cannot list folder: " + describe(e)));
                }
            } else {
                out.add(new Entry(p, given));
            }
        }
        return out;
    }

    /** Reads one listed file: its bytes (gunzipped), or a problem. */
    public void read(Entry e, Consumer<RawDocument> documents, Consumer<Problem> problems) {
        try {
            long size = Files.size(e.path());
            if (size == 0) {
                problems.accept(new Problem(e.source(), "empty file"));
                return;
            }
            boolean gz = e.path().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
            if (!gz && size > maxBytes) {
                problems.accept(new Problem(e.source(), tooLarge(size)));
                return;
            }
            byte[] bytes;
            try (InputStream raw = Files.newInputStream(e.path());
                 InputStream in = gz ? new GZIPInputStream(raw) : raw) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                problems.accept(new Problem(e.source(), "too large once decompressed (over "
                        + megabytes(maxBytes) + " limit)"));
            } else if (bytes.length == 0) {
                problems.accept(new Problem(e.source(), "empty file"));
            } else {
                // the file's modification time: when it was saved, the best anchor for "2 jam lalu"
                Moment saved = Moment.of(OffsetDateTime.ofInstant(Files.getLastModifiedTime(e.path()).toInstant(),
                        ZoneOffset.UTC));
                documents.accept(new RawDocument(e.source(), bytes, Optional.empty(), Optional.of(saved)));
            }
        } catch (ZipException ex) {
            problems.accept(new Problem(e.source(), "not valid gzip data: " + ex.getMessage()));
        } catch (IOException | RuntimeException ex) {
            problems.accept(new Problem(e.source(), "cannot read: " + describe(ex)));
        }
    }

    /** Lists and reads in one go. */
    public void readAll(List<String> paths, Consumer<RawDocument> documents, Consumer<Problem> problems) {
        for (Entry e : list(paths, problems)) {
            read(e, documents, problems);
        }
    }

    private String tooLarge(long size) {
        return "too large (" + megabytes(size) + ", limit " + megabytes(maxBytes) + "; raise it with --max-size)";
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            return false;
        }
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        return name.endsWith(".txt") || name.endsWith(".html") || name.endsWith(".htm");
    }

    private static String describe(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
