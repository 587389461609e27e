package org.warta.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.warta.extract.ExtractionSettings;
import org.warta.extract.Extraction;
import org.warta.extract.RawDocument;
import org.warta.extract.WartaExtractor;
import org.warta.model.Article;
import org.warta.model.Moment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warta extract FILE|DIR... [--format json|text]}: one article per input (HTML pages, already-scraped
 * text, either gzipped), or one line on standard error saying why an input gave none.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract the article (text, title, dates, outlet, byline, dateline, credits, captions) "
                + "from HTML pages and already-scraped text files.")
public final class ExtractCommand implements Callable<Integer> {

    /** Output formats. */
    public enum Format { json, text }

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "files, or folders to read recursively")
    List<Path> inputs;

    @Option(names = "--format", defaultValue = "json", description = "json or text; default ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--now", paramLabel = "ISO", description = "reference time for relative dates (\"2 jam lalu\"); "
            + "default: each file's modification time")
    String now;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Moment> reference = Optional.empty();
        if (now != null) {
            reference = Moment.parse(now);
            if (reference.isEmpty()) {
                err.println("--now: not an ISO-8601 date or date-time: " + now);
                return 2;
            }
        }
        WartaExtractor extractor = new WartaExtractor();
        long limit = ExtractionSettings.DEFAULTS.maxBytes();
        List<Article> articles = new ArrayList<>();
        int problems = 0;
        for (Path input : inputs) {
            List<Path[]> files = new ArrayList<>();
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(p -> files.add(new Path[]{p, input.relativize(p)}));
                } catch (IOException | RuntimeException e) {
                    err.println(input + ": cannot list the folder: " + e.getMessage());
                    problems++;
                    continue;
                }
            } else if (Files.isRegularFile(input)) {
                files.add(new Path[]{input, input});
            } else {
                err.println(input + ": no such file or folder");
                problems++;
                continue;
            }
            for (Path[] f : files) {
                String source = f[1].toString();
                try {
                    byte[] bytes = read(f[0], limit);
                    Optional<Moment> ref = reference.isPresent() ? reference : Optional.of(Moment.of(
                            OffsetDateTime.ofInstant(Files.getLastModifiedTime(f[0]).toInstant(), ZoneOffset.UTC)));
                    Extraction x = extractor.extract(new RawDocument(source, bytes, Optional.empty(), ref));
                    switch (x) {
                        case Extraction.Accepted a -> articles.add(a.article());
                        case Extraction.Rejected r -> {
                            err.println(r.source() + ": " + r.reason());
                            problems++;
                        }
                    }
                } catch (IOException e) {
                    err.println(source + ": cannot read: " + e.getMessage());
                    problems++;
                }
            }
        }
        if (format == Format.json) {
            try {
                out.println(mapper().writeValueAsString(articles));
            } catch (IOException e) {
                err.println("cannot write JSON: " + e.getMessage());
                return 1;
            }
        } else {
            for (Article a : articles) {
                out.println(asText(a));
            }
        }
        out.flush();
        err.flush();
        return problems == 0 ? 0 : 1;
    }

    /** Reads a file, undoing gzip; refuses content over the limit (also after decompression). */
    static byte[] read(Path file, long limit) throws IOException {
        long size = Files.size(file);
        if (size > limit) {
            throw new IOException("too large: " + size + " bytes (limit " + limit + ")");
        }
        byte[] raw = Files.readAllBytes(file);
        boolean gz = raw.length > 2 && (raw[0] & 0xFF) == 0x1F && (raw[1] & 0xFF) == 0x8B;
        if (!gz) {
            return raw;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (out.length > limit) {
                throw new IOException("too large once decompressed (limit " + limit + " bytes)");
            }
            return out;
        } catch (java.util.zip.ZipException e) {
            throw new IOException("broken gzip data: " + e.getMessage());
        }
    }

    static String asText(Article a) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(a.title()).append('\n');
        b.append("source: ").append(a.source()).append('\n');
        a.url().ifPresent(u -> b.append("url: ").append(u).append('\n'));
        a.outlet().ifPresent(u -> b.append("outlet: ").append(u).append('\n'));
        a.published().ifPresent(u -> b.append("published: ").append(u).append('\n'));
        a.modified().ifPresent(u -> b.append("modified: ").append(u).append('\n'));
        a.byline().ifPresent(u -> b.append("byline: ").append(u).append('\n'));
        a.dateline().ifPresent(u -> b.append("dateline: ").append(u).append('\n'));
        if (!a.credits().isEmpty()) {
            b.append("credits: ").append(String.join(", ", a.credits())).append('\n');
        }
        for (String c : a.captions()) {
            b.append("caption: ").append(c).append('\n');
        }
        b.append('\n').append(a.text()).append('\n');
        return b.toString();
    }

    static ObjectMapper mapper() {
        SimpleModule moments = new SimpleModule();
        moments.addSerializer(Moment.class, new StdSerializer<>(Moment.class) {
            @Override
            public void serialize(Moment m, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(m.toString());
            }
        });
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(moments)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

}
