package org.warta.app.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.app.json.ContractJson;
import org.warta.store.ArticleFilter;
import org.warta.store.ArticleStore;
import org.warta.store.LuceneArticleStore;
import org.warta.store.SearchQuery;
import org.warta.store.SearchResults;
import org.warta.store.Snippet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warta search QUERY}: Lucene query syntax over the stored articles, with filters and highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the stored articles (Lucene syntax: \"phrase\", AND, OR, -not, title:word, prefix*).")
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "the query (words are joined; empty: newest)")
    List<String> query = new ArrayList<>();

    @Mixin
    DataDirectory dataDirectory = new DataDirectory();

    @Option(names = "--lang", paramLabel = "CODE", description = "only articles in this language (ISO 639-1)")
    Optional<String> lang = Optional.empty();

    @Option(names = "--outlet", paramLabel = "NAME", description = "only articles of this outlet")
    Optional<String> outlet = Optional.empty();

    @Option(names = "--since", paramLabel = "DATE", description = "published at or after (2024-06-19 or a date-time)")
    Optional<String> since = Optional.empty();

    @Option(names = "--until", paramLabel = "DATE", description = "published before")
    Optional<String> until = Optional.empty();

    @Option(names = "--entity", paramLabel = "NAME", description = "only articles mentioning this entity")
    Optional<String> entity = Optional.empty();

    @Option(names = "--limit", paramLabel = "N", description = "hits to show, 1..100 (default: ${DEFAULT-VALUE})")
    int limit = 10;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
    String format = "text";

    /** Parses a date or date-time option; a bad one is a one-line usage error. */
    static Instant instant(CommandSpec spec, String option, String value) {
        String v = value.strip();
        try {
            if (v.length() == 10) {
                return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be a date (2024-06-19) or "
                    + "a date-time with offset (2024-06-19T08:00:00+07:00), not '" + value + "'");
        }
    }

    @Override
    public Integer call() {
        if (limit < 1 || limit > SearchQuery.MAX_LIMIT) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be between 1 and 100");
        }
        ArticleFilter filter = new ArticleFilter(lang, outlet, since.map(s -> instant(spec, "--since", s)),
                until.map(s -> instant(spec, "--until", s)), entity);
        PrintWriter out = spec.commandLine().getOut();
        try (ArticleStore store = LuceneArticleStore.openReadOnly(dataDirectory.path())) {
            SearchResults r = store.search(new SearchQuery(String.join(" ", query), filter, 0, limit));
            if (format.equals("json")) {
                List<Object> hits = new ArrayList<>();
                for (SearchResults.SearchHit h : r.hits()) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", h.article().id());
                    m.put("title", h.article().title());
                    h.article().outlet().ifPresent(o -> m.put("outlet", o));
                    h.article().published().ifPresent(p -> m.put("published", p.toString()));
                    m.put("score", h.score());
                    m.put("snippets", h.snippets().stream().map(SearchCommand::plain).toList());
                    hits.add(m);
                }
                out.print(ContractJson.pretty(Map.of("total", r.total(), "hits", hits)));
            } else if (format.equals("text")) {
                out.println(r.total() + (r.total() == 1 ? " article" : " articles"));
                for (SearchResults.SearchHit h : r.hits()) {
                    out.println();
                    out.println(h.article().title());
                    out.println("  " + h.article().id() + " · " + h.article().outletOrSource()
                            + h.article().published().map(p -> " · " + p).orElse(""));
                    h.snippets().stream().filter(s -> s.field().equals("text"))
                            .forEach(s -> out.println("  " + plain(s).replaceAll("\\s+", " ").strip()));
                }
            } else {
                throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json");
            }
            out.flush();
        }
        return 0;
    }

    /** The snippet with its matches between »guillemets«. */
    static String plain(Snippet s) {
        StringBuilder sb = new StringBuilder();
        int at = 0;
        for (Snippet.Range r : s.highlights()) {
            sb.append(s.text(), at, r.start()).append('»').append(s.text(), r.start(), r.end()).append('«');
            at = r.end();
        }
        return sb.append(s.text().substring(at)).toString();
    }
}
