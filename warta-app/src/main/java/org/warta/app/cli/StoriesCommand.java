package org.warta.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warta.app.json.ContractJson;
import org.warta.model.Story;
import org.warta.store.ArticleStore;
import org.warta.store.LuceneArticleStore;
import org.warta.store.StoryPage;
import org.warta.store.StoryQuery;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code warta stories}: the stored stories ranked by recency × independent outlets. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "List stored stories, ranked by recency × independent outlets.")
public final class StoriesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirectory dataDirectory = new DataDirectory();

    @Option(names = "--since", paramLabel = "DATE", description = "only stories updated at or after this date")
    Optional<String> since = Optional.empty();

    @Option(names = "--limit", paramLabel = "N", description = "stories to show, 1..100 (default: ${DEFAULT-VALUE})")
    int limit = 20;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
    String format = "text";

    @Override
    public Integer call() {
        if (limit < 1 || limit > 100) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be between 1 and 100");
        }
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json");
        }
        StoryQuery q = new StoryQuery(since.map(s -> SearchCommand.instant(spec, "--since", s)), 0, limit,
                StoryQuery.DEFAULT_HALF_LIFE);
        PrintWriter out = spec.commandLine().getOut();
        try (ArticleStore store = LuceneArticleStore.openReadOnly(dataDirectory.path())) {
            StoryPage page = store.stories(q);
            if (format.equals("json")) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("total", page.total());
                m.put("stories", page.stories());
                out.print(ContractJson.pretty(m));
            } else {
                out.println(page.total() + (page.total() == 1 ? " story" : " stories"));
                for (Story s : page.stories()) {
                    out.println();
                    out.println(s.headline());
                    out.println("  " + s.id() + " · " + s.articles().size() + " articles · "
                            + String.join(", ", s.outlets())
                            + s.lastUpdate().or(s::firstReport).map(t -> " · " + t).orElse(""));
                }
            }
            out.flush();
        }
        return 0;
    }
}
