package org.warta.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.warta.cluster.StoryClusterer;
import org.warta.dedup.DuplicateDetector;
import org.warta.model.Article;
import org.warta.model.Moment;
import org.warta.text.AnalyzedText;

/**
 * The online part of the pipeline for articles that arrive one at a time (in publication order): language,
 * near-duplicate detection, story assignment, analysis. Holds the state of the two online stages and the story
 * membership; {@link #snapshot()} and {@link #restore} carry that state across restarts (the store keeps the bytes;
 * a stream processor would keep them as operator state). Not thread-safe: one stream, one writer.
 */
public final class StoryStream {

    private static final int MAGIC = 0x57415254; // "WART"
    private static final int VERSION = 1;

    private final PipelineStages stages;
    private final DuplicateDetector duplicates;
    private final StoryClusterer clusterer;
    /** clusterer key → story id (the first member's id, prefixed). */
    private final Map<String, String> storyIds;
    /** story id → member ids in arrival order. */
    private final Map<String, List<String>> members;
    /** story id → earliest publication time among its members: the anchor for undated members. */
    private final Map<String, Moment> firstReport;

    public StoryStream(PipelineStages stages) {
        this(stages, stages.duplicates().get(), stages.clusterer().get(), new HashMap<>(), new LinkedHashMap<>(),
                new HashMap<>());
    }

    private StoryStream(PipelineStages stages, DuplicateDetector duplicates, StoryClusterer clusterer,
                        Map<String, String> storyIds, Map<String, List<String>> members,
                        Map<String, Moment> firstReport) {
        this.stages = Objects.requireNonNull(stages);
        this.duplicates = duplicates;
        this.clusterer = clusterer;
        this.storyIds = storyIds;
        this.members = members;
        this.firstReport = firstReport;
    }

    /** Places one extracted article: language, duplicate_of, story, entities/quotes/dates. */
    public Placement place(Article extracted) {
        return placeAll(List.of(extracted), false).get(0);
    }

    /**
     * Places articles in the order given (callers give {@link PublicationOrder}), with the same result as calling
     * {@link #place} on each in turn. With {@code parallel}, the work that depends on one article alone runs on the
     * common fork-join pool ({@link #prepare} for each, then the sequential duplicate and story decisions, then
     * the analysis of undated articles, whose anchor for relative dates the decisions fix), so the result does not
     * depend on the number of threads.
     */
    public List<Placement> placeAll(List<Article> ordered, boolean parallel) {
        return placePrepared(stream(ordered, parallel).map(this::prepare).toList(), parallel);
    }

    /**
     * The work on one extracted article that depends on it alone: its language (when undetermined), the
     * clusterer's text analysis and, for an article with a publication time (its own anchor for relative dates),
     * its entities, quotes and dates. Reads no state of this stream, so it may run on any thread, also while
     * another thread places earlier articles: a bulk ingest prepares the next batch while it stores this one.
     */
    public Prepared prepare(Article extracted) {
        Article a = extracted;
        if (Article.UNDETERMINED.equals(a.language())) {
            a = a.withLanguage(stages.language().languageOf(a));
        }
        AnalyzedText text = clusterer.analyse(a);
        Optional<Article> analysed = a.published().isPresent()
                ? Optional.of(stages.analyzer().analyze(a, a.published()))
                : Optional.empty();
        return new Prepared(extracted, a, text, analysed, stages);
    }

    /**
     * Places prepared articles in the order given, with the same result as {@link #placeAll(List, boolean)} on the
     * articles they were prepared from. Sequential decisions; with {@code parallel}, undated articles are analysed
     * on the common fork-join pool afterwards.
     *
     * @throws IllegalArgumentException if an article was prepared by a stream with other stages
     */
    public List<Placement> placePrepared(List<Prepared> ordered, boolean parallel) {
        record Decided(Prepared prepared, Optional<String> duplicateOf, String storyId, boolean opened,
                       Optional<Moment> anchor) {
        }
        List<Decided> decided = new ArrayList<>(ordered.size());
        for (Prepared p : ordered) {
            if (p.stages != stages) {
                throw new IllegalArgumentException("article " + p.extracted().id() + " was prepared with other stages");
            }
            Article a = p.article;
            Optional<String> duplicateOf = duplicates.observe(a);
            String key = clusterer.assign(a.withDuplicateOf(duplicateOf), p.text);
            boolean opened = !storyIds.containsKey(key);
            String storyId = storyIds.computeIfAbsent(key, k -> "s" + a.id());
            members.computeIfAbsent(storyId, k -> new ArrayList<>()).add(a.id());
            a.published().ifPresent(t -> firstReport.merge(storyId, t, (x, y) -> x.compareTo(y) <= 0 ? x : y));
            Optional<Moment> anchor = a.published().or(() -> Optional.ofNullable(firstReport.get(storyId)));
            decided.add(new Decided(p, duplicateOf, storyId, opened, anchor));
        }
        boolean anyUndated = decided.stream().anyMatch(d -> d.prepared().analysed.isEmpty());
        return stream(decided, parallel && anyUndated).map(d -> {
            // the analysis reads title, text, language and anchor only, so an article analysed before its
            // duplicate decision is the same as one analysed after it
            Article analysed = d.prepared().analysed
                    .orElseGet(() -> stages.analyzer().analyze(d.prepared().article, d.anchor()));
            return new Placement(analysed.withDuplicateOf(d.duplicateOf()), d.storyId(), d.opened());
        }).toList();
    }

    /**
     * An extracted article with the work that depends on it alone done ({@link #prepare}); immutable, placed by
     * {@link #placePrepared}.
     */
    public static final class Prepared {
        private final PipelineStages stages;
        private final Article extracted;
        private final Article article;
        private final AnalyzedText text;
        private final Optional<Article> analysed;

        private Prepared(Article extracted, Article article, AnalyzedText text, Optional<Article> analysed,
                         PipelineStages stages) {
            this.stages = stages;
            this.extracted = extracted;
            this.article = article;
            this.text = text;
            this.analysed = analysed;
        }

        /** The article as it was given to {@link #prepare}. */
        public Article extracted() {
            return extracted;
        }
    }

    private static <T> java.util.stream.Stream<T> stream(List<T> list, boolean parallel) {
        return parallel && list.size() > 1 ? list.parallelStream() : list.stream();
    }

    /** Member ids of a story, in arrival order (empty for an unknown id). */
    public List<String> members(String storyId) {
        return List.copyOf(members.getOrDefault(storyId, List.of()));
    }

    /** Ids of all stories seen, in the order they opened. */
    public List<String> storyIds() {
        return List.copyOf(members.keySet());
    }

    /**
     * The whole state as bytes: a small versioned format holding each online stage's own snapshot and the story
     * membership, so that {@link #restore} continues exactly where this stream stopped.
     */
    public byte[] snapshot() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            writeBytes(out, duplicates.snapshot());
            writeBytes(out, clusterer.snapshot());
            out.writeInt(storyIds.size());
            for (Map.Entry<String, String> e : storyIds.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue());
            }
            out.writeInt(members.size());
            for (Map.Entry<String, List<String>> e : members.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (String id : e.getValue()) {
                    out.writeUTF(id);
                }
            }
            out.writeInt(firstReport.size());
            for (Map.Entry<String, Moment> e : firstReport.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue().toString());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot snapshot the story stream", e);
        }
        return bytes.toByteArray();
    }

    /** A stream that continues exactly where the snapshot was taken. */
    public static StoryStream restore(PipelineStages stages, byte[] snapshot) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IllegalArgumentException("not a story-stream snapshot (or a newer version)");
            }
            DuplicateDetector d = stages.restoreDuplicates().apply(readBytes(in));
            StoryClusterer c = stages.restoreClusterer().apply(readBytes(in));
            Map<String, String> storyIds = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                storyIds.put(in.readUTF(), in.readUTF());
            }
            Map<String, List<String>> members = new LinkedHashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                String story = in.readUTF();
                List<String> ids = new ArrayList<>();
                for (int j = in.readInt(); j > 0; j--) {
                    ids.add(in.readUTF());
                }
                members.put(story, ids);
            }
            Map<String, Moment> first = new HashMap<>();
            for (int i = in.readInt(); i > 0; i--) {
                String story = in.readUTF();
                String when = in.readUTF();
                first.put(story, Moment.parse(when).orElseThrow(
                        () -> new IllegalArgumentException("bad moment in snapshot: " + when)));
            }
            return new StoryStream(stages, d, c, storyIds, members, first);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a story-stream snapshot: " + e.getMessage(), e);
        }
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            throw new IOException("negative length");
        }
        return in.readNBytes(n);
    }
}
