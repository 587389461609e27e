package org.warta.app.store;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.memo.Generations;
import org.warta.memo.Memo;
import org.warta.model.Article;
import org.warta.model.Story;
import org.warta.pipeline.PipelineStages;
import org.warta.pipeline.Placement;
import org.warta.pipeline.PublicationOrder;
import org.warta.pipeline.StoryStream;
import org.warta.store.ArticleStore;
import org.warta.store.IdempotencyKeys;
import org.warta.store.PipelineState;
import org.warta.store.PutResult;
import org.warta.store.StoreException;

/**
 * Incremental ingest into a store: each batch of extracted articles is placed by the online stages (language,
 * duplicates, story, analysis), stored (returning once committed), and every story it touched is synthesised
 * again from its stored members and stored. The online stages' state is snapshotted into the store; on open it is
 * restored, and articles stored after the snapshot (a crash between the two) are replayed, so stories keep
 * growing across runs. Thread-safe: batches are placed one at a time (the stream is sequential by nature).
 */
public final class IngestService implements AutoCloseable {

    /**
     * Tunables.
     *
     * @param snapshotEvery   snapshot the pipeline state after this many stored articles (default 5,000)
     * @param snapshotMaxAge  or when the last snapshot is older than this (default 30 s)
     * @param recentArticles  stored articles kept in memory per generation (at most twice this many are kept), so
     *                        that re-synthesising a growing story reads its recent members from memory instead of
     *                        the store: with stories spread over two days of news, a story is synthesised again in
     *                        several batches (default 8,192, fewer when both generations would take more
     *                        than an eighth of the largest heap, taking an article as 24 KB; 0 reads every older
     *                        member from the store)
     */
    public record Options(int snapshotEvery, Duration snapshotMaxAge, int recentArticles) {
        public static final Options DEFAULT = new Options(5_000, Duration.ofSeconds(30), defaultRecentArticles());

        public Options {
            if (snapshotEvery < 1) {
                throw new IllegalArgumentException("snapshotEvery must be >= 1");
            }
            if (recentArticles < 0) {
                throw new IllegalArgumentException("recentArticles must be >= 0");
            }
        }

        /** Options with the default number of recent articles kept in memory. */
        public Options(int snapshotEvery, Duration snapshotMaxAge) {
            this(snapshotEvery, snapshotMaxAge, defaultRecentArticles());
        }

        private static int defaultRecentArticles() {
            return Memo.generationWithin(8_192, 24 * 1024);
        }
    }

    private final ArticleStore store;
    private final PipelineStages stages;
    private final Options options;
    private final StoryStream stream;
    private volatile boolean closing;
    private long sinceSnapshot;
    private boolean snapshotBroken;
    private long lastSnapshotNanos = System.nanoTime();
    /** Recently stored articles by id, as stored (see {@link Options#recentArticles}). */
    private final Generations<String, Article> recent;
    /** Batches placed since the service opened: a batch's preparation notes how many there were when it began. */
    private volatile long placedBatches;
    /**
     * Keys (idempotency key → article id) of the articles of the last {@value #RECENT_BATCHES} batches placed,
     * newest last: a batch prepared while they were placed is checked against them instead of the store again.
     */
    private final java.util.ArrayDeque<Map<String, String>> recentBatchKeys = new java.util.ArrayDeque<>();
    private static final int RECENT_BATCHES = 4;

    private IngestService(ArticleStore store, PipelineStages stages, Options options, StoryStream stream) {
        this.store = store;
        this.stages = stages;
        this.options = options;
        this.stream = stream;
        this.recent = new Generations<>(Math.max(1, options.recentArticles()));
    }

    /**
     * Binds the stages to the store, restoring the saved state and replaying articles stored after it.
     *
     * @throws StoreException if the saved state cannot be read by these stages
     */
    public static IngestService open(ArticleStore store, PipelineStages stages, Options options) {
        Optional<PipelineState> saved = store.loadState();
        StoryStream stream;
        long from = 0;
        if (saved.isPresent()) {
            try {
                stream = StoryStream.restore(stages, saved.get().data());
                from = saved.get().position();
            } catch (IllegalArgumentException e) {
                throw new StoreException("the saved pipeline state cannot be restored (" + e.getMessage()
                        + "); move pipeline-state.bin away to rebuild it from the stored articles");
            }
        } else {
            stream = new StoryStream(stages);
        }
        IngestService service = new IngestService(store, stages, options, stream);
        service.replayAfter(from);
        return service;
    }

    /**
     * Like {@link #open} but replays the articles stored after the snapshot on a background thread, so a server can
     * answer reads at once; {@link #ingest} waits until the replay is done.
     */
    public static IngestService openInBackground(ArticleStore store, PipelineStages stages, Options options) {
        Optional<PipelineState> saved = store.loadState();
        StoryStream stream = saved.isPresent() ? restoreOrFresh(stages, saved.get()) : new StoryStream(stages);
        long from = saved.map(PipelineState::position).orElse(0L);
        IngestService service = new IngestService(store, stages, options, stream);
        if (store.position() > from) {
            Thread.ofPlatform().name("warta-replay").daemon().start(() -> {
                try {
                    service.replayAfter(from);
                } catch (RuntimeException e) {
                    System.err.println("warta: replaying the stored articles failed: " + e.getMessage());
                }
            });
        }
        return service;
    }

    private static StoryStream restoreOrFresh(PipelineStages stages, PipelineState state) {
        try {
            return StoryStream.restore(stages, state.data());
        } catch (IllegalArgumentException e) {
            throw new StoreException("the saved pipeline state cannot be restored (" + e.getMessage()
                    + "); move pipeline-state.bin away to rebuild it from the stored articles");
        }
    }

    /** Places articles the store holds beyond the snapshot, without storing them again, and updates stories. */
    private synchronized void replayAfter(long position) {
        long from = position;
        boolean replayed = false;
        while (true) {
            List<Article> batch = store.articlesAfter(from, 1_000);
            if (batch.isEmpty()) {
                break;
            }
            Set<String> touched = new LinkedHashSet<>();
            for (Article a : batch) {
                if (closing) {
                    return; // stories touched so far are rebuilt at the next start: nothing was snapshotted
                }
                Placement p = stream.place(strip(a));
                touched.add(p.storyId());
            }
            synthesize(touched, Map.of());
            from += batch.size();
            replayed = true;
            if (batch.size() < 1_000) {
                break;
            }
        }
        if (replayed) {
            snapshot();
        }
    }

    /** The article as extraction made it: what the online stages expect to receive. */
    private static Article strip(Article a) {
        return a.withDuplicateOf(Optional.empty()).withAnalysis(List.of(), List.of(), List.of());
    }

    /**
     * Ingests extracted articles: returns, in input order, what happened to each, once everything stored is
     * committed (articles and the stories they changed). For a long run of batches, {@link #bulk()} does the same
     * with each batch's preparation overlapping the previous batch's placement.
     */
    public List<IngestOutcome> ingest(List<Article> extracted) {
        return place(prepare(extracted));
    }

    /**
     * A bulk ingest: batches submitted to it are prepared on the submitting thread while the previous batch is
     * placed, stored and synthesised on the bulk ingest's own thread, so the sequential part of one batch
     * (duplicate and story decisions, Lucene writes, commits) overlaps the parallel part of the next.
     */
    public BulkIngest bulk() {
        return new BulkIngest(this);
    }

    /**
     * The work on a batch that reads no state of the online stages (language, text analysis, analysis of dated
     * articles; articles the store holds already are only looked up): may run while another batch is placed.
     */
    PreparedBatch prepare(List<Article> extracted) {
        long placedBefore = placedBatches;
        List<Article> batch = List.copyOf(extracted);
        List<PreparedArticle> prepared = (batch.size() > 1 ? batch.parallelStream() : batch.stream())
                .map(a -> {
                    List<String> keys = IdempotencyKeys.of(a);
                    Optional<String> existing = store.existingId(a);
                    return new PreparedArticle(a, keys, existing,
                            existing.isPresent() ? Optional.empty() : Optional.of(stream.prepare(a)));
                })
                .toList();
        return new PreparedBatch(prepared, placedBefore);
    }

    /**
     * One article of a prepared batch.
     *
     * @param article  as extracted
     * @param keys     its {@link IdempotencyKeys}
     * @param existing the stored article it is, when the store held it at preparation (stored articles stay)
     * @param prepared the stream's preparation, when it was not stored
     */
    record PreparedArticle(Article article, List<String> keys, Optional<String> existing,
                           Optional<StoryStream.Prepared> prepared) {
    }

    /**
     * A batch as {@link #prepare} left it.
     *
     * @param articles     in input order
     * @param placedBefore how many batches had been placed when its preparation began: the batches placed since
     *                     may have stored some of its articles, which its look-ups need not have seen
     */
    record PreparedBatch(List<PreparedArticle> articles, long placedBefore) {
    }

    /** The stored article an article is, by the keys of batches placed since the batch was prepared (or the store). */
    private Optional<String> storedSince(PreparedBatch batch, PreparedArticle a) {
        if (a.existing().isPresent()) {
            return a.existing();
        }
        long since = placedBatches - batch.placedBefore();
        if (since == 0) {
            return Optional.empty();
        }
        if (since > recentBatchKeys.size()) {
            return store.existingId(a.article());
        }
        var newest = recentBatchKeys.descendingIterator();
        for (long i = 0; i < since; i++) {
            Map<String, String> keys = newest.next();
            for (String k : a.keys()) {
                String id = keys.get(k);
                if (id != null) {
                    return Optional.of(id);
                }
            }
        }
        return Optional.empty();
    }

    /** Places, stores and synthesises a prepared batch (see {@link #ingest}). */
    synchronized List<IngestOutcome> place(PreparedBatch batch) {
        List<PreparedArticle> in = batch.articles();
        // by position in the batch: the same article object may be given twice
        IngestOutcome[] outcomes = new IngestOutcome[in.size()];
        List<Integer> fresh = new ArrayList<>();
        Map<String, String> keysInBatch = new HashMap<>();
        for (int i = 0; i < in.size(); i++) {
            PreparedArticle pa = in.get(i);
            Article a = pa.article();
            Optional<String> existing = storedSince(batch, pa);
            if (existing.isEmpty()) {
                for (String k : pa.keys()) {
                    String first = keysInBatch.get(k);
                    if (first != null) {
                        existing = Optional.of(first);
                        break;
                    }
                }
            }
            if (existing.isPresent()) {
                outcomes[i] = new IngestOutcome(a.id(), false, existing, Optional.empty());
            } else {
                pa.keys().forEach(k -> keysInBatch.put(k, a.id()));
                fresh.add(i);
            }
        }
        fresh.sort(java.util.Comparator.comparing(i -> in.get(i).article(), PublicationOrder.COMPARATOR));
        List<StoryStream.Prepared> ordered = new ArrayList<>(fresh.size());
        for (int i : fresh) {
            PreparedArticle pa = in.get(i);
            // stored when prepared and gone since is not expected; it would be prepared here
            ordered.add(pa.prepared().orElseGet(() -> stream.prepare(pa.article())));
        }
        List<Article> placed = new ArrayList<>(fresh.size());
        Set<String> touched = new LinkedHashSet<>();
        Map<String, String> storyOfNew = new HashMap<>();
        for (Placement p : stream.placePrepared(ordered, true)) {
            Article a = p.article();
            placed.add(a);
            touched.add(p.storyId());
            storyOfNew.put(a.id(), p.storyId());
        }
        Map<String, Article> byId = new HashMap<>();
        placed.forEach(a -> byId.put(a.id(), a));
        List<PutResult> results = store.putArticles(placed);
        // committed: a batch prepared from now on finds these articles in the store; one prepared before may not
        recentBatchKeys.addLast(keysInBatch);
        if (recentBatchKeys.size() > RECENT_BATCHES) {
            recentBatchKeys.removeFirst();
        }
        placedBatches++;
        for (int i = 0; i < results.size(); i++) {
            Article a = placed.get(i);
            PutResult r = results.get(i);
            if (r instanceof PutResult.Stored) {
                remember(a);
            }
            outcomes[fresh.get(i)] = switch (r) {
                case PutResult.Stored s -> new IngestOutcome(a.id(), true, Optional.empty(),
                        Optional.ofNullable(storyOfNew.get(a.id())));
                case PutResult.Duplicate d -> new IngestOutcome(a.id(), false, Optional.of(d.existing()),
                        Optional.empty());
            };
        }
        synthesize(touched, byId);
        sinceSnapshot += placed.size();
        if (sinceSnapshot >= options.snapshotEvery()
                || System.nanoTime() - lastSnapshotNanos > options.snapshotMaxAge().toNanos()) {
            snapshot();
        }
        List<IngestOutcome> out = new ArrayList<>(in.size());
        for (IngestOutcome o : outcomes) {
            if (!o.stored() && o.existing().isPresent()) {
                String ex = o.existing().get();
                Optional<String> sid = Optional.ofNullable(storyOfNew.get(ex))
                        .or(() -> store.storiesOf(ex).stream().findFirst().map(Story::id));
                o = new IngestOutcome(o.id(), false, o.existing(), sid);
            }
            out.add(o);
        }
        return out;
    }

    /** Keeps a stored article in memory for the next syntheses of its story (see {@link Options#recentArticles}). */
    private void remember(Article stored) {
        if (options.recentArticles() > 0) {
            recent.put(stored.id(), stored);
        }
    }

    /** Re-synthesises the stories from their members (new ones from memory, older ones from the store). */
    private void synthesize(Set<String> storyIds, Map<String, Article> batch) {
        List<Story> stories = new ArrayList<>(storyIds.size());
        for (Optional<Story> story : List.copyOf(storyIds).parallelStream()
                .map(sid -> synthesize(sid, batch)).toList()) {
            story.ifPresent(stories::add);
        }
        if (!stories.isEmpty()) {
            store.putStories(stories);
        }
    }

    /** One story from its members (new ones from memory, older ones from the store); empty if it has none. */
    private Optional<Story> synthesize(String sid, Map<String, Article> batch) {
        Map<String, Article> members = new LinkedHashMap<>();
        List<String> older = new ArrayList<>();
        for (String id : stream.members(sid)) {
            Article a = batch.get(id);
            Optional<Article> kept = a != null ? Optional.of(a) : recent.get(id);
            if (kept.isPresent()) {
                members.put(id, kept.get());
            } else {
                older.add(id);
            }
        }
        store.articles(older).forEach(a -> members.put(a.id(), a));
        if (members.isEmpty()) {
            return Optional.empty();
        }
        List<Article> ordered = new ArrayList<>(members.values());
        ordered.sort(PublicationOrder.COMPARATOR);
        return Optional.of(stages.synthesizer().synthesize(sid, ordered));
    }

    /**
     * Saves the online stages' state now. If a stage cannot be snapshotted, says so once on stderr and goes on:
     * without a saved state the next start rebuilds it by replaying the stored articles.
     */
    public synchronized void snapshot() {
        sinceSnapshot = 0;
        lastSnapshotNanos = System.nanoTime();
        if (snapshotBroken) {
            return;
        }
        byte[] bytes;
        try {
            bytes = stream.snapshot();
        } catch (IllegalStateException e) {
            snapshotBroken = true;
            System.err.println("warta: cannot save the pipeline state (" + e.getMessage()
                    + "); it will be rebuilt from the stored articles at the next start");
            return;
        }
        store.saveState(new PipelineState(bytes, store.position()));
    }

    public ArticleStore store() {
        return store;
    }

    public PipelineStages stages() {
        return stages;
    }

    /** Snapshots the state (the store is closed by its owner); stops a background replay first. */
    @Override
    public void close() {
        closing = true;
        synchronized (this) {
            if (sinceSnapshot > 0) {
                snapshot();
            }
        }
    }

    /** Member ids of a story as the stream placed them, for tests and diagnostics. */
    synchronized List<String> members(String storyId) {
        return stream.members(storyId);
    }

    /** Ids of every story the stream knows, for tests and diagnostics. */
    synchronized Set<String> storyIds() {
        return new HashSet<>(stream.storyIds());
    }
}
