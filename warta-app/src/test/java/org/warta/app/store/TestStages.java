package org.warta.app.store;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.cluster.StoryClusterer;
import org.warta.dedup.DuplicateDetector;
import org.warta.extract.Extraction;
import org.warta.model.Article;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.Quote;
import org.warta.model.Story;
import org.warta.model.StoryEntity;
import org.warta.model.StoryQuote;
import org.warta.model.SummarySentence;
import org.warta.pipeline.PipelineStages;
import org.warta.text.AnalyzedText;

/**
 * Small, transparent stages for testing the store-backed service (the real stages are tested in their own
 * modules): plain-text extraction (first line is the title, tags stripped), clustering by the title's first word,
 * entities from a fixed gazetteer, quotes between double quotes, a story of first sentences.
 */
public final class TestStages {

    private static final Map<String, EntityType> GAZETTEER = Map.of(
            "Kim Jong Un", EntityType.PERSON, "Vladimir Putin", EntityType.PERSON,
            "Pyongyang", EntityType.LOCATION, "Jakarta", EntityType.LOCATION);

    private TestStages() {
    }

    public static PipelineStages stages() {
        return new PipelineStages(
                doc -> {
                    String s = new String(doc.content(), StandardCharsets.UTF_8)
                            .replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", "").strip();
                    if (s.isBlank()) {
                        return new Extraction.Rejected(doc.source(), "empty");
                    }
                    String[] lines = s.split("\n", 2);
                    Article a = Article.of("t" + HexFormat.of().formatHex(doc.source().getBytes(StandardCharsets.UTF_8))
                                    .substring(0, Math.min(24, 2 * doc.source().length())),
                            doc.source(), lines[0].strip(), lines.length > 1 ? lines[1].strip() : "");
                    return new Extraction.Accepted(new Article(a.id(), a.source(), a.title(), a.text(), a.language(),
                            doc.url(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                            Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(), List.of(), List.of()));
                },
                a -> "id",
                NeverDuplicate::new,
                FirstWordClusterer::new,
                bytes -> new NeverDuplicate(),
                bytes -> new FirstWordClusterer(),
                TestStages::analyze,
                TestStages::synthesize);
    }

    static final class NeverDuplicate implements DuplicateDetector, Serializable {
        @Override
        public Optional<String> observe(Article article) {
            return Optional.empty();
        }

        @Override
        public byte[] snapshot() {
            return new byte[0];
        }
    }

    static final class FirstWordClusterer implements StoryClusterer, Serializable {
        @Override
        public byte[] snapshot() {
            return new byte[0];
        }

        @Override
        public AnalyzedText analyse(Article article) {
            String t = article.title().strip().toLowerCase(Locale.ROOT);
            List<String> words = t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
            return new AnalyzedText(article.language(), words, List.of(), List.of(), List.of(), words);
        }

        @Override
        public String assign(Article article, AnalyzedText text) {
            return text.isEmpty() ? "" : text.words().get(0);
        }
    }

    static Article analyze(Article a) {
        List<Entity> entities = new ArrayList<>();
        GAZETTEER.forEach((name, type) -> {
            List<Mention> ms = new ArrayList<>();
            int at = a.text().indexOf(name);
            while (at >= 0) {
                ms.add(new Mention(name, at, at + name.length()));
                at = a.text().indexOf(name, at + 1);
            }
            if (!ms.isEmpty()) {
                entities.add(new Entity(name, type, ms));
            }
        });
        entities.sort(java.util.Comparator.comparing(Entity::name));
        List<Quote> quotes = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]{3,})\"").matcher(a.text());
        while (m.find()) {
            quotes.add(new Quote(m.group(1), entities.stream().filter(e -> e.type() == EntityType.PERSON)
                    .map(Entity::name).findFirst(), m.start(1), m.end(1), false));
        }
        return a.withAnalysis(entities, quotes, List.of());
    }

    static Story synthesize(String id, List<Article> members) {
        List<SummarySentence> summary = new ArrayList<>();
        Set<String> outlets = new LinkedHashSet<>();
        Map<String, List<String>> entityArticles = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        List<StoryQuote> quotes = new ArrayList<>();
        for (Article a : members) {
            String first = a.text().split("(?<=[.!?])\\s+")[0];
            if (!first.isBlank()) {
                summary.add(new SummarySentence(first, List.of(a.id())));
            }
            outlets.add(a.outletOrSource());
            for (Entity e : a.entities()) {
                entityArticles.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(a.id());
                types.put(e.name(), e.type());
            }
            a.quotes().forEach(q -> quotes.add(new StoryQuote(q.speaker(), q.text(), List.of(a.id()), q.partial())));
        }
        List<StoryEntity> entities = new ArrayList<>();
        entityArticles.forEach((n, ids) -> entities.add(new StoryEntity(n, types.get(n), List.of(), ids)));
        return new Story(id, members.getFirst().title(), members.stream().map(Article::id).toList(), summary,
                Optional.of("id"), Optional.empty(), List.copyOf(outlets), OptionalInt.of(outlets.size()), entities,
                quotes, List.of(), List.of(), List.of(), List.of(),
                members.stream().flatMap(a -> a.published().stream()).min(java.util.Comparator.naturalOrder()),
                members.stream().flatMap(a -> a.published().stream()).max(java.util.Comparator.naturalOrder()),
                List.of());
    }
}
