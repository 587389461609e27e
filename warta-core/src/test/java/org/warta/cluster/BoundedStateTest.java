package org.warta.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.warta.dedup.MinHashDuplicateDetector;
import org.warta.model.Moment;
import org.warta.text.AnalyzedText;

/**
 * The state of dedup and clustering follows the live set, not the number of articles processed: on a long stream
 * with a constant rate of events (so a constant number of live stories and articles) and a bounded vocabulary, the
 * snapshots after 2N articles are the size of those after N. A state that kept anything per processed article (ids
 * of retired stories, postings, schedule entries, day buckets) would grow by half between the two readings.
 */
class BoundedStateTest {

    private static final int PER_DAY = 600;
    private static final int EVENT_SIZE = 6;
    private static final int VOCABULARY = 6_000;
    private static final int NAMES = 2_000;

    @Test
    void stateStopsGrowingOnceTheLiveSetIsStable() {
        OnlineStoryClusterer clusterer = new OnlineStoryClusterer();
        MinHashDuplicateDetector dedup = new MinHashDuplicateDetector();
        int n = 30 * PER_DAY; // 30 days: past the quiet window and the maximum story duration
        Stream stream = new Stream(7L);
        long[] atN = feed(stream, n, clusterer, dedup);
        long[] at2N = feed(stream, n, clusterer, dedup);

        // same live set (constant rate) ...
        assertThat((double) at2N[2]).isCloseTo(atN[2], org.assertj.core.data.Percentage.withPercentage(15));
        assertThat(at2N[2]).isLessThan(12L * PER_DAY); // live articles: days in the window, not the stream
        // ... same state
        assertThat((double) at2N[0]).as("clusterer snapshot bytes at 2N vs N")
                .isCloseTo(atN[0], org.assertj.core.data.Percentage.withPercentage(5));
        assertThat((double) at2N[1]).as("dedup snapshot bytes at 2N vs N")
                .isCloseTo(atN[1], org.assertj.core.data.Percentage.withPercentage(5));
        assertThat(dedup.indexedArticles()).isLessThanOrEqualTo(6 * PER_DAY); // 4-day window plus the current day
    }

    /** Feeds the next {@code count} articles; returns clusterer snapshot bytes, dedup snapshot bytes, live articles. */
    private static long[] feed(Stream stream, int count, OnlineStoryClusterer clusterer, MinHashDuplicateDetector dedup) {
        for (int i = 0; i < count; i++) {
            Stream.Item it = stream.next();
            dedup.observe(it.id, it.published, it.text.words());
            clusterer.assign(it.id, it.published, it.text);
        }
        return new long[] {clusterer.snapshot().length, dedup.snapshot().length, clusterer.liveArticles()};
    }

    /**
     * Events start at a constant rate; each has {@link #EVENT_SIZE} articles spread over a day, drawn from its own
     * words and names (from bounded pools) plus background words. Articles come out in publication order.
     */
    private static final class Stream {
        record Item(String id, Optional<Moment> published, AnalyzedText text) {
        }

        private final SplittableRandom random;
        private final java.util.PriorityQueue<Item> pending = new java.util.PriorityQueue<>(
                java.util.Comparator.comparing((Item i) -> i.published.orElseThrow().approximateInstant())
                        .thenComparing(Item::id));
        private final LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
        private int event;

        Stream(long seed) {
            random = new SplittableRandom(seed);
        }

        /** The next article in publication order: events are added until the next one starts after the head. */
        Item next() {
            while (pending.isEmpty() || !start.plusMinutes(startMinute(event))
                    .isAfter(pending.peek().published.orElseThrow().date().atTime(
                            pending.peek().published.orElseThrow().time().orElseThrow()))) {
                addEvent();
            }
            return pending.poll();
        }

        private static long startMinute(int e) {
            return (long) e * EVENT_SIZE * 24 * 60 / PER_DAY;
        }

        private void addEvent() {
            int e = event++;
            long minute = startMinute(e);
            String[] words = new String[30];
            for (int i = 0; i < words.length; i++) {
                words[i] = "w" + random.nextInt(VOCABULARY);
            }
            String[] names = {"n" + random.nextInt(NAMES), "n" + random.nextInt(NAMES), "n" + random.nextInt(NAMES)};
            String number = Integer.toString(random.nextInt(500));
            for (int a = 0; a < EVENT_SIZE; a++) {
                List<String> title = new ArrayList<>();
                List<String> body = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    title.add(words[random.nextInt(words.length)]);
                }
                for (int i = 0; i < 60; i++) {
                    body.add(random.nextInt(4) == 0 ? "w" + random.nextInt(VOCABULARY) : words[random.nextInt(words.length)]);
                }
                List<String> nameList = List.of(names[random.nextInt(3)], names[random.nextInt(3)]);
                List<String> all = new ArrayList<>(title);
                all.addAll(body);
                LocalDateTime t = start.plusMinutes(minute + random.nextInt(24 * 60));
                pending.add(new Item("e" + e + "a" + a, Optional.of(Moment.of(t)),
                        new AnalyzedText("en", title, body, nameList, List.of(number), all)));
            }
        }
    }
}
