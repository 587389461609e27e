package org.warta.bench.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;
import org.warta.model.Moment;

/**
 * A reproducible stream of articles with known event structure, made of real sentences: the Indonesian IndoSum
 * articles and the English ECB+ documents of {@code ../shared/eval} are the sentence sources. An event takes the
 * sentences of one source document, the next of a shuffled cycle through all of them (so one source comes back only
 * after all others have been used: at the default 3,000 articles a day, every 7.5 days, after its earlier event has
 * retired); each of its articles is a random selection of 4–7 of those sentences, one of them the headline, plus
 * one sentence of another document (noise). One article in ten is a syndicated near-copy of an
 * earlier article of its event (one sentence swapped). Event sizes are geometric (mean {@link #MEAN_EVENT_SIZE});
 * events start at a constant rate of {@code articlesPerDay / MEAN_EVENT_SIZE} a day and their articles spread over
 * the following 48 hours; the stream is in publication order. Deterministic for a seed.
 */
public final class SyntheticStream {

    static final double MEAN_EVENT_SIZE = 8.0;

    /** One generated article. */
    public record Item(String id, int event, int index, String language, String title, String text,
                Optional<Moment> published, long epochSecond, Optional<String> copyOf) {
    }

    private final List<List<String>> indonesian;
    private final List<List<String>> english;
    /** Source order of the current stream: a shuffled permutation of all sources. */
    private int[] cycle = new int[0];

    private SyntheticStream(List<List<String>> indonesian, List<List<String>> english) {
        this.indonesian = indonesian;
        this.english = english;
    }

    public static SyntheticStream load(Path shared) throws IOException {
        List<List<String>> id = new ArrayList<>();
        Path indosum = shared.resolve("eval/summarization/indosum/articles.jsonl.gz");
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(indosum)), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                JsonNode doc = json.readTree(line);
                List<String> sentences = new ArrayList<>();
                for (JsonNode para : doc.get("paragraphs")) {
                    for (JsonNode sentence : para) {
                        List<String> tokens = new ArrayList<>();
                        sentence.forEach(t -> tokens.add(t.asText()));
                        sentences.add(String.join(" ", tokens).replaceAll(" ([.,:;!?)])", "$1"));
                    }
                }
                if (sentences.size() >= 6) {
                    id.add(sentences);
                }
            }
        }
        List<List<String>> en = new ArrayList<>();
        try (var files = Files.list(shared.resolve("eval/clustering/ecbplus/docs"))) {
            for (Path p : files.sorted().toList()) {
                List<String> sentences = Files.readString(p, StandardCharsets.UTF_8).lines().map(String::strip)
                        .filter(s -> s.length() > 20).distinct().toList();
                if (sentences.size() >= 4) {
                    en.add(sentences);
                }
            }
        }
        return new SyntheticStream(id, en);
    }

    int sources() {
        return indonesian.size() + english.size();
    }

    /**
     * The first {@code n} articles of the stream for a seed, generated lazily in publication order (memory holds
     * only the next 48 hours); sources in a shuffled cycle.
     */
    public java.util.Iterator<Item> generate(int n, int articlesPerDay, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        cycle = new int[sources()];
        for (int i = 0; i < cycle.length; i++) {
            cycle[i] = i;
        }
        for (int i = cycle.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = cycle[i];
            cycle[i] = cycle[j];
            cycle[j] = x;
        }
        double eventsPerSecond = articlesPerDay / MEAN_EVENT_SIZE / 86_400.0;
        java.util.PriorityQueue<Item> pending = new java.util.PriorityQueue<>((a, b) ->
                a.epochSecond() != b.epochSecond() ? Long.compare(a.epochSecond(), b.epochSecond())
                        : a.id().compareTo(b.id()));
        return new java.util.Iterator<>() {
            long t = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
            int event;
            int emitted;

            @Override
            public boolean hasNext() {
                return emitted < n;
            }

            @Override
            public Item next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                while (pending.isEmpty() || pending.peek().epochSecond() > t) {
                    t += (long) Math.ceil(-Math.log(1 - random.nextDouble()) / eventsPerSecond);
                    pending.addAll(event(event++, t, random));
                }
                emitted++;
                return pending.poll();
            }
        };
    }

    private List<Item> event(int event, long t, SplittableRandom random) {
        int source = cycle[event % cycle.length];
        boolean id = source < indonesian.size();
        List<List<String>> pool = id ? indonesian : english;
        List<String> sentences = pool.get(id ? source : source - indonesian.size());
        int size = 1 + (int) Math.floor(Math.log(1 - random.nextDouble()) / Math.log(1 - 1 / MEAN_EVENT_SIZE));
        List<Item> eventItems = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            long when = t + random.nextLong(48 * 3600L);
            if (k > 0 && random.nextInt(10) == 0) {
                Item original = eventItems.get(random.nextInt(eventItems.size()));
                List<String> copy = new ArrayList<>(List.of(original.text().split("\n\n")));
                copy.set(random.nextInt(copy.size()), sentences.get(random.nextInt(sentences.size())));
                eventItems.add(item(event, k, id, original.title(), String.join("\n\n", copy),
                        Math.max(when, original.epochSecond() + 60), Optional.of(original.id())));
                continue;
            }
            int m = 4 + random.nextInt(4);
            List<String> chosen = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                chosen.add(sentences.get(random.nextInt(sentences.size())));
            }
            List<String> noise = pool.get(random.nextInt(pool.size()));
            chosen.add(1 + random.nextInt(chosen.size() - 1), noise.get(random.nextInt(noise.size())));
            String title = chosen.remove(0);
            eventItems.add(item(event, k, id, title, String.join("\n\n", chosen), when, Optional.empty()));
        }
        return eventItems;
    }

    private static Item item(int event, int k, boolean indonesian, String title, String text, long when,
                             Optional<String> copyOf) {
        Moment m = Moment.of(Instant.ofEpochSecond(when).atOffset(ZoneOffset.UTC));
        return new Item("e" + event + "a" + k, event, k, indonesian ? "id" : "en", title, text, Optional.of(m), when,
                copyOf);
    }
}
