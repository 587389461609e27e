package org.warta.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
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

/**
 * The online part of the pipeline for articles that arrive one at a time (in publication order): language,
 * near-duplicate detection, story assignment, analysis. Holds the state of the two online stages and the story
 * membership; {@link #snapshot()} and {@link #restore} carry that state across restarts (the store keeps the bytes;
 * a stream processor would keep them as operator state). Not thread-safe: one stream, one writer.
 */
public final class StoryStream {

    private final PipelineStages stages;
    private final State state;

    /** All state, Java-serialisable: what a snapshot holds. */
    private static final class State implements Serializable {
        private static final long serialVersionUID = 1L;
        final DuplicateDetector duplicates;
        final StoryClusterer clusterer;
        /** clusterer key → story id (the first member's id, prefixed). */
        final Map<String, String> storyIds = new HashMap<>();
        /** story id → member ids in arrival order. */
        final Map<String, List<String>> members = new LinkedHashMap<>();
        /** story id → earliest publication time among its members: the anchor for undated members. */
        final Map<String, Moment> firstReport = new HashMap<>();

        State(DuplicateDetector d, StoryClusterer c) {
            this.duplicates = d;
            this.clusterer = c;
        }
    }

    public StoryStream(PipelineStages stages) {
        this(stages, new State(stages.duplicates().get(), stages.clusterer().get()));
    }

    private StoryStream(PipelineStages stages, State state) {
        this.stages = Objects.requireNonNull(stages);
        this.state = state;
    }

    /** Places one extracted article: language, duplicate_of, story, entities/quotes/dates. */
    public Placement place(Article extracted) {
        Article a = extracted;
        if (Article.UNDETERMINED.equals(a.language())) {
            a = a.withLanguage(stages.language().languageOf(a));
        }
        a = a.withDuplicateOf(state.duplicates.observe(a));
        String key = state.clusterer.assign(a);
        boolean opened = !state.storyIds.containsKey(key);
        String storyId = state.storyIds.computeIfAbsent(key, k -> "s" + extracted.id());
        state.members.computeIfAbsent(storyId, k -> new ArrayList<>()).add(a.id());
        a.published().ifPresent(p -> state.firstReport.merge(storyId, p, (x, y) -> x.compareTo(y) <= 0 ? x : y));
        Optional<Moment> anchor = a.published().or(() -> Optional.ofNullable(state.firstReport.get(storyId)));
        Article analysed = stages.analyzer().analyze(a, anchor);
        return new Placement(analysed, storyId, opened);
    }

    /** Member ids of a story, in arrival order (empty for an unknown id). */
    public List<String> members(String storyId) {
        return List.copyOf(state.members.getOrDefault(storyId, List.of()));
    }

    /** Ids of all stories seen, in the order they opened. */
    public List<String> storyIds() {
        return List.copyOf(state.members.keySet());
    }

    /** The whole state as bytes (Java serialisation of the stages' state and the membership). */
    public byte[] snapshot() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        } catch (NotSerializableException e) {
            throw new IllegalStateException("an online stage is not serialisable: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot snapshot the story stream", e);
        }
        return bytes.toByteArray();
    }

    /** A stream that continues exactly where the snapshot was taken. */
    public static StoryStream restore(PipelineStages stages, byte[] snapshot) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(snapshot))) {
            return new StoryStream(stages, (State) in.readObject());
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalArgumentException("not a story-stream snapshot: " + e.getMessage(), e);
        }
    }
}
