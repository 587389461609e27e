package org.warta.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.model.Article;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.Moment;
import org.warta.model.Quote;
import org.warta.nlp.WartaAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warta analyze FILE... [--format json|text]}: entities, quotes and dates of plain-text articles (UTF-8,
 * first line the headline, the rest the body). Each file is one article; a file that cannot be read (missing,
 * empty, binary, not UTF-8, too large) gets one line on stderr and the others go on. JSON output is one
 * {@link Article} per file in a JSON array, snake_case keys, absent fields left out.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Entities (with aliases), quotes (with speakers) and normalised dates of text articles.")
public final class AnalyzeCommand implements Callable<Integer> {

    /** Largest file accepted (default 10 MB). */
    public static final long MAX_BYTES = 10L << 20;

    enum Format { json, text }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "plain-text article files (first line: headline)")
    List<Path> files;

    @Option(names = "--format", description = "json or text (default ${DEFAULT-VALUE})", defaultValue = "json")
    Format format;

    @Option(names = "--lang", description = "language code of the articles (default ${DEFAULT-VALUE})",
            defaultValue = "id")
    String lang;

    @Option(names = "--published", description = "publication date/time (ISO-8601) that relative dates count from")
    String published;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, java.security.NoSuchAlgorithmException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Moment> when = Optional.empty();
        if (published != null) {
            when = Moment.parse(published);
            if (when.isEmpty()) {
                err.println("--published " + published + ": not an ISO-8601 date or date-time");
                return 2;
            }
        }
        WartaAnalyzer analyzer = new WartaAnalyzer();
        List<Article> done = new ArrayList<>();
        int failed = 0;
        for (Path f : files) {
            Optional<String> text = read(f, err);
            if (text.isEmpty()) {
                failed++;
                continue;
            }
            String s = text.get().replace("\r\n", "\n");
            int nl = s.indexOf('\n');
            String title = (nl < 0 ? s : s.substring(0, nl)).strip();
            String body = nl < 0 ? "" : s.substring(nl + 1).strip();
            String id = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
            Article a = Article.of(id, f.toString(), title, body).withLanguage(lang).withPublished(when);
            done.add(analyzer.analyze(a));
        }
        if (format == Format.json) {
            out.println(mapper().writeValueAsString(done));
        } else {
            for (Article a : done) {
                text(a, out);
            }
        }
        out.flush();
        return done.isEmpty() && failed > 0 ? 1 : 0;
    }

    private static Optional<String> read(Path f, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(f)) {
            err.println(f + ": no such file");
            return Optional.empty();
        }
        long size = Files.size(f);
        if (size == 0) {
            err.println(f + ": empty file");
            return Optional.empty();
        }
        if (size > MAX_BYTES) {
            err.println(f + ": too large (" + size + " bytes, at most " + MAX_BYTES + ")");
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(f);
        for (byte b : bytes) {
            if (b == 0) {
                err.println(f + ": binary file, not text");
                return Optional.empty();
            }
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (s.startsWith("\uFEFF")) {
                s = s.substring(1);
            }
            if (s.isBlank()) {
                err.println(f + ": empty file");
                return Optional.empty();
            }
            return Optional.of(s);
        } catch (CharacterCodingException e) {
            err.println(f + ": not UTF-8 text");
            return Optional.empty();
        }
    }

    private static void text(Article a, PrintWriter out) {
        out.println("== " + a.source() + " — " + a.title());
        for (Entity e : a.entities()) {
            out.println("entity  " + e.type() + "  " + e.name() + "  (" + e.mentions().size() + " mentions: "
                    + String.join(", ", e.mentions().stream().map(m -> m.text()).distinct().toList()) + ")");
        }
        for (Quote q : a.quotes()) {
            out.println("quote   " + q.speaker().orElse("?") + (q.partial() ? "  [partial]" : "") + "  “" + q.text()
                    + "”");
        }
        for (DateMention d : a.dates()) {
            out.println("date    " + d.value() + "  " + d.text());
        }
        out.println();
    }

    static ObjectMapper mapper() {
        SimpleModule m = new SimpleModule("warta");
        m.addSerializer(Moment.class, new StdSerializer<>(Moment.class) {
            @Override
            public void serialize(Moment v, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(v.toString());
            }
        });
        return new ObjectMapper().registerModule(new Jdk8Module()).registerModule(m)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }
}
