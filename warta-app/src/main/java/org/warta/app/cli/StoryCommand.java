package org.warta.app.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warta.app.json.ContractJson;
import org.warta.model.Article;
import org.warta.model.Story;
import org.warta.model.StoryQuote;
import org.warta.model.SummarySentence;
import org.warta.store.ArticleStore;
import org.warta.store.LuceneArticleStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code warta story ID}: one stored story, as text or JSON. */
@Command(name = "story", mixinStandardHelpOptions = true, description = "Show one stored story.")
public final class StoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "the story's id (see warta stories)")
    String id;

    @Mixin
    DataDirectory dataDirectory = new DataDirectory();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text or json (default: ${DEFAULT-VALUE})")
    String format = "text";

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format must be text or json");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (ArticleStore store = LuceneArticleStore.openReadOnly(dataDirectory.path())) {
            Story s = store.story(id).orElse(null);
            if (s == null) {
                spec.commandLine().getErr().println("warta: no story with id '" + id + "' in " + dataDirectory.path());
                return 1;
            }
            if (format.equals("json")) {
                out.print(ContractJson.pretty(s));
                out.flush();
                return 0;
            }
            List<Article> members = store.articles(s.articles());
            Map<String, Integer> number = new HashMap<>();
            for (int i = 0; i < s.articles().size(); i++) {
                number.put(s.articles().get(i), i + 1);
            }
            out.println(s.headline());
            out.println("=".repeat(Math.min(78, Math.max(3, s.headline().length()))));
            out.println(s.articles().size() + " articles · " + String.join(", ", s.outlets())
                    + s.eventDate().map(d -> " · event " + d).orElse(""));
            out.println();
            for (SummarySentence line : s.summary()) {
                out.println("- " + line.text() + " " + cites(line.articles(), number));
            }
            if (!s.quotes().isEmpty()) {
                out.println();
                out.println("Quotes:");
                for (StoryQuote q : s.quotes()) {
                    out.println("  " + q.speaker().orElse("(unattributed)") + ": \u201c" + q.text() + "\u201d "
                            + cites(q.articles(), number));
                }
            }
            out.println();
            out.println("Articles:");
            for (Article a : members) {
                out.println("  [" + number.get(a.id()) + "] " + a.outletOrSource() + " — " + a.title()
                        + a.published().map(p -> " (" + p + ")").orElse("") + "  " + a.id());
            }
            out.flush();
        }
        return 0;
    }

    private static String cites(List<String> ids, Map<String, Integer> number) {
        StringBuilder sb = new StringBuilder();
        for (String id : ids) {
            sb.append('[').append(number.getOrDefault(id, 0)).append(']');
        }
        return sb.toString();
    }
}
