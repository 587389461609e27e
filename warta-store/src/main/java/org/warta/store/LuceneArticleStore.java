package org.warta.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.CRC32;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.warta.model.Article;
import org.warta.model.EntityType;
import org.warta.model.Moment;
import org.warta.model.Story;
import org.warta.model.StoryEntity;

/**
 * The embedded store: one Apache Lucene index under {@code DIR/index} holding articles and stories, and the
 * pipeline's state in {@code DIR/pipeline-state.bin}.
 *
 * <p><b>Group commit.</b> A writer adds its documents under a short lock, then waits until a Lucene commit covers
 * the sequence number of its last operation. The first waiter commits (one fsync for everyone who added before it
 * started); waiters whose operations that commit covered return without committing again. So an article is
 * acknowledged only after it is durable, and many concurrent or batched writers share one fsync.
 *
 * <p><b>Idempotency.</b> Each article is indexed under its {@link IdempotencyKeys}. A new article's keys are looked
 * up in the keys added since the last reader refresh (kept in memory) and in the current near-real-time reader.
 */
public final class LuceneArticleStore implements ArticleStore {

    private static final String STATE_FILE = "pipeline-state.bin";
    private static final int STATE_MAGIC = 0x57415254; // "WART"
    private static final String POSITION_KEY = "warta.position";
    private static final long READ_ONLY_REFRESH_MILLIS = 1_000;

    private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

    /** Snippets are looked for in the first this many characters of a field (news puts the facts first). */
    static final int MAX_HIGHLIGHT_CHARS = 10_000;

    /** Lucene says on stderr that the vector API is not enabled; Warta does not use vectors. Kept strongly. */
    private static final java.util.logging.Logger VECTOR_LOG =
            java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final Path dataDir;
    private final Directory directory;
    private final Optional<IndexWriter> writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = StoreAnalyzers.perField();
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Object commitMonitor = new Object();
    private final Map<String, Pending> pendingKeys = new HashMap<>();
    private final AtomicLong position;
    private volatile long committedSeqNo = -1;
    private volatile long lastRefresh;
    private volatile SnippetHighlighter highlighter;

    private record Pending(String id, long seqNo) {
    }

    private LuceneArticleStore(Path dataDir, Directory directory, Optional<IndexWriter> writer,
                               SearcherManager searchers, long position) {
        this.dataDir = dataDir;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        this.position = new AtomicLong(position);
    }

    /**
     * Opens (creating if needed) the store in {@code dataDir} for reading and writing. Only one process may write a
     * data directory at a time.
     *
     * @throws StoreException if the directory cannot be created or opened, or another process is writing it
     */
    public static LuceneArticleStore open(Path dataDir) {
        Directory dir = null;
        try {
            Files.createDirectories(dataDir.resolve("index"));
            dir = FSDirectory.open(dataDir.resolve("index"));
            IndexWriterConfig config = new IndexWriterConfig(StoreAnalyzers.perField())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64)
                    .setCommitOnClose(true);
            IndexWriter w = new IndexWriter(dir, config);
            if (!DirectoryReader.indexExists(dir)) {
                w.commit();
            }
            long pos = Optional.ofNullable(readCommitData(dir).get(POSITION_KEY)).map(Long::parseLong).orElse(0L);
            SearcherManager sm = new SearcherManager(w, null);
            return new LuceneArticleStore(dataDir, dir, Optional.of(w), sm, pos);
        } catch (LockObtainFailedException e) {
            closeQuietly(dir);
            throw new StoreException(dataDir + ": the data directory is in use by another warta process", e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(dir);
            throw new StoreException(dataDir + ": cannot open the store: " + e.getMessage(), e);
        }
    }

    /**
     * Opens the store in {@code dataDir} for reading only, beside a process that may be writing it; sees what that
     * process has committed (refreshed at most once a second).
     */
    public static LuceneArticleStore openReadOnly(Path dataDir) {
        Path index = dataDir.resolve("index");
        if (!Files.isDirectory(index)) {
            throw new StoreException(dataDir + ": no Warta store here (run warta ingest first)");
        }
        Directory dir = null;
        try {
            dir = FSDirectory.open(index);
            SearcherManager sm = new SearcherManager(dir, null);
            long pos = Optional.ofNullable(readCommitData(dir).get(POSITION_KEY)).map(Long::parseLong).orElse(0L);
            return new LuceneArticleStore(dataDir, dir, Optional.empty(), sm, pos);
        } catch (IndexNotFoundException e) {
            closeQuietly(dir);
            throw new StoreException(dataDir + ": no Warta store here (run warta ingest first)", e);
        } catch (IOException e) {
            closeQuietly(dir);
            throw new StoreException(dataDir + ": cannot open the store: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> readCommitData(Directory dir) throws IOException {
        try (DirectoryReader r = DirectoryReader.open(dir)) {
            return r.getIndexCommit().getUserData();
        }
    }

    private static FieldType textWithOffsets() {
        FieldType t = new FieldType(TextField.TYPE_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    // ---------------------------------------------------------------- writing

    @Override
    public List<PutResult> putArticles(List<Article> articles) {
        IndexWriter w = requireWriter();
        List<PutResult> results = new ArrayList<>(articles.size());
        long waitFor = -1;
        writeLock.lock();
        try {
            for (Article a : articles) {
                List<String> keys = IdempotencyKeys.of(a);
                Optional<Existing> existing = lookup(keys);
                if (existing.isPresent()) {
                    Existing e = existing.get();
                    results.add(new PutResult.Duplicate(a.id(), e.id(), e.key().substring(0, e.key().indexOf(':'))));
                    waitFor = Math.max(waitFor, e.seqNo());
                    continue;
                }
                long pos = position.incrementAndGet();
                long seqNo = w.addDocument(articleDocument(a, keys, pos));
                for (String k : keys) {
                    pendingKeys.put(k, new Pending(a.id(), seqNo));
                }
                results.add(new PutResult.Stored(a.id(), pos));
                waitFor = Math.max(waitFor, seqNo);
            }
        } catch (IOException e) {
            throw new StoreException("cannot write to the store in " + dataDir + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
        awaitCommit(waitFor);
        return results;
    }

    @Override
    public void putStories(List<Story> stories) {
        IndexWriter w = requireWriter();
        long waitFor = -1;
        try {
            for (Story s : stories) {
                waitFor = Math.max(waitFor, w.updateDocument(new Term(Fields.SID, s.id()), storyDocument(s)));
            }
        } catch (IOException e) {
            throw new StoreException("cannot write to the store in " + dataDir + ": " + e.getMessage(), e);
        }
        awaitCommit(waitFor);
    }

    /** Returns once a commit covers sequence number {@code seqNo}; commits itself if nobody else is. */
    private void awaitCommit(long seqNo) {
        if (seqNo < 0 || committedSeqNo >= seqNo) {
            return;
        }
        IndexWriter w = requireWriter();
        boolean committed = false;
        synchronized (commitMonitor) {
            if (committedSeqNo < seqNo) {
                try {
                    w.setLiveCommitData(Map.of(POSITION_KEY, Long.toString(position.get())).entrySet());
                    long c = w.commit();
                    committedSeqNo = c;
                    committed = true;
                } catch (IOException e) {
                    throw new StoreException("cannot commit to the store in " + dataDir + ": " + e.getMessage(), e);
                }
            }
        }
        if (committed) {
            refresh();
        }
    }

    private void refresh() {
        IndexWriter w = requireWriter();
        long visible = w.getMaxCompletedSequenceNumber();
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new StoreException("cannot refresh the store's reader: " + e.getMessage(), e);
        }
        writeLock.lock();
        try {
            pendingKeys.values().removeIf(p -> p.seqNo() <= visible);
        } finally {
            writeLock.unlock();
        }
    }

    private Document articleDocument(Article a, List<String> keys, long pos) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.ARTICLE, Field.Store.NO));
        d.add(new StringField(Fields.AID, a.id(), Field.Store.YES));
        for (String k : keys) {
            d.add(new StringField(Fields.KEY, k, Field.Store.NO));
        }
        d.add(new StringField(Fields.LANG, a.language().toLowerCase(Locale.ROOT), Field.Store.NO));
        a.outlet().ifPresent(o -> d.add(new StringField(Fields.OUTLET, lower(o), Field.Store.NO)));
        Set<String> names = new LinkedHashSet<>();
        a.entities().forEach(e -> names.add(lower(e.name())));
        names.forEach(n -> d.add(new StringField(Fields.ENTITY, n, Field.Store.NO)));
        d.add(new Field(Fields.TITLE, a.title(), TEXT_WITH_OFFSETS));
        d.add(new Field(Fields.TEXT, a.text(), TEXT_WITH_OFFSETS));
        a.published().ifPresent(m -> {
            long t = millis(m);
            d.add(new LongPoint(Fields.PUBLISHED, t));
            d.add(new NumericDocValuesField(Fields.PUBLISHED, t));
        });
        d.add(new LongPoint(Fields.POSITION, pos));
        d.add(new NumericDocValuesField(Fields.POSITION, pos));
        // title and text are stored once, in their own fields (the highlighter reads them there)
        d.add(new StoredField(Fields.DOC, new BytesRef(RecordCodec.write(withoutTitleAndText(a)))));
        d.add(new BinaryDocValuesField(Fields.BRIEF, new BytesRef(RecordCodec.write(ArticleSummary.of(a)))));
        d.add(new BinaryDocValuesField(Fields.SNIPPET_SOURCE, SnippetSource.encode(a.title(), a.text())));
        return d;
    }

    private Document storyDocument(Story s) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.STORY, Field.Store.NO));
        d.add(new StringField(Fields.SID, s.id(), Field.Store.NO));
        d.add(new TextField(Fields.HEADLINE, s.headline(), Field.Store.NO));
        StringBuilder summary = new StringBuilder();
        s.summary().forEach(x -> summary.append(x.text()).append('\n'));
        d.add(new TextField(Fields.SUMMARY, summary.toString(), Field.Store.NO));
        Set<String> names = new LinkedHashSet<>();
        for (StoryEntity e : s.entities()) {
            names.add(lower(e.name()));
            e.aliases().forEach(al -> names.add(lower(al)));
        }
        names.forEach(n -> d.add(new StringField(Fields.ENTITY, n, Field.Store.NO)));
        s.articles().forEach(id -> d.add(new StringField(Fields.MEMBER, id, Field.Store.NO)));
        s.outlets().forEach(o -> d.add(new StringField(Fields.OUTLET, lower(o), Field.Store.NO)));
        s.language().ifPresent(l -> d.add(new StringField(Fields.LANG, lower(l), Field.Store.NO)));
        long t = rankTime(s);
        d.add(new LongPoint(Fields.RANK_TIME, t));
        d.add(new NumericDocValuesField(Fields.RANK_TIME, t));
        d.add(new NumericDocValuesField(Fields.SOURCES, sources(s)));
        byte[] record = RecordCodec.write(s);
        d.add(new NumericDocValuesField(Fields.VERSION, contentHash(record)));
        d.add(new StoredField(Fields.DOC, new BytesRef(record)));
        return d;
    }

    /** 64-bit FNV-1a of a stored record (Fowler, Noll, Vo: http://www.isthe.com/chongo/tech/comp/fnv/). */
    static long contentHash(byte[] bytes) {
        long h = 0xcbf29ce484222325L;
        for (byte b : bytes) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Time of a story's last update (else first report, else event date), epoch millis; 0 when unknown. */
    static long rankTime(Story s) {
        return s.lastUpdate().or(s::firstReport)
                .or(() -> s.eventDate().flatMap(Moment::parse))
                .map(LuceneArticleStore::millis).orElse(0L);
    }

    /** Independent sources of a story: as computed by the pipeline, else its outlets, else its articles. */
    static long sources(Story s) {
        if (s.independentSources().isPresent()) {
            return Math.max(1, s.independentSources().getAsInt());
        }
        return Math.max(1, s.outlets().isEmpty() ? s.articles().size() : s.outlets().size());
    }

    private static long millis(Moment m) {
        return m.approximateInstant().toEpochMilli();
    }

    private static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }

    private record Existing(String id, String key, long seqNo) {
    }

    /** Looks the keys up among pending (not yet visible) writes, then in the reader. Caller holds writeLock. */
    private Optional<Existing> lookup(List<String> keys) {
        for (String k : keys) {
            Pending p = pendingKeys.get(k);
            if (p != null) {
                return Optional.of(new Existing(p.id(), k, p.seqNo()));
            }
        }
        return withSearcher(s -> {
            for (String k : keys) {
                Optional<String> id = idByKey(s, k);
                if (id.isPresent()) {
                    return Optional.of(new Existing(id.get(), k, -1));
                }
            }
            return Optional.empty();
        });
    }

    /** The id of the live article indexed under a key: a direct term lookup in each segment, no query. */
    private static Optional<String> idByKey(IndexSearcher s, String key) throws IOException {
        Optional<LiveDoc> hit = firstLiveDoc(s, Fields.KEY, key);
        if (hit.isEmpty()) {
            return Optional.empty();
        }
        LiveDoc d = hit.get();
        return Optional.ofNullable(d.reader().storedFields().document(d.doc(), Set.of(Fields.AID)).get(Fields.AID));
    }

    /** A live document of one segment. */
    private record LiveDoc(org.apache.lucene.index.LeafReader reader, int doc) {
    }

    /** The first live document holding {@code value} in {@code field}: a term seek per segment, no query. */
    private static Optional<LiveDoc> firstLiveDoc(IndexSearcher s, String field, String value) throws IOException {
        BytesRef term = new BytesRef(value);
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum te = terms.iterator();
            if (!te.seekExact(term)) {
                continue;
            }
            PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
            Bits live = leaf.reader().getLiveDocs();
            for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
                if (live == null || live.get(d)) {
                    return Optional.of(new LiveDoc(leaf.reader(), d));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> existingId(Article article) {
        List<String> keys = IdempotencyKeys.of(article);
        if (writer.isPresent()) {
            writeLock.lock();
            try {
                return lookup(keys).map(Existing::id);
            } finally {
                writeLock.unlock();
            }
        }
        return withSearcher(s -> {
            for (String k : keys) {
                Optional<String> id = idByKey(s, k);
                if (id.isPresent()) {
                    return id;
                }
            }
            return Optional.empty();
        });
    }

    // ---------------------------------------------------------------- reading

    @FunctionalInterface
    private interface SearcherTask<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherTask<T> task) {
        try {
            if (writer.isEmpty() && System.currentTimeMillis() - lastRefresh > READ_ONLY_REFRESH_MILLIS) {
                lastRefresh = System.currentTimeMillis();
                searchers.maybeRefresh();
            }
            IndexSearcher s = searchers.acquire();
            try {
                return task.run(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static Query kind(String kind, Query q) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, kind)), Occur.FILTER)
                .add(q, Occur.MUST)
                .build();
    }

    private static final Set<String> ARTICLE_FIELDS = Set.of(Fields.DOC, Fields.TITLE, Fields.TEXT);

    private static Article withoutTitleAndText(Article a) {
        return new Article(a.id(), a.source(), "", "", a.language(), a.url(), a.outlet(), a.published(), a.modified(),
                a.byline(), a.dateline(), a.credits(), a.captions(), a.duplicateOf(), a.entities(), a.quotes(),
                a.dates());
    }

    private static Article loadArticle(StoredFields fields, int doc) throws IOException {
        Document d = fields.document(doc, ARTICLE_FIELDS);
        BytesRef b = d.getBinaryValue(Fields.DOC);
        Article a = RecordCodec.article(b.bytes, b.offset, b.length);
        String title = d.get(Fields.TITLE);
        String text = d.get(Fields.TEXT);
        return new Article(a.id(), a.source(), title == null ? a.title() : title, text == null ? a.text() : text,
                a.language(), a.url(), a.outlet(), a.published(), a.modified(), a.byline(), a.dateline(), a.credits(),
                a.captions(), a.duplicateOf(), a.entities(), a.quotes(), a.dates());
    }

    private static Story loadStory(StoredFields fields, int doc) throws IOException {
        BytesRef b = fields.document(doc, Set.of(Fields.DOC)).getBinaryValue(Fields.DOC);
        return RecordCodec.story(b.bytes, b.offset, b.length);
    }

    @Override
    public Optional<Article> article(String id) {
        return withSearcher(s -> {
            TopDocs top = s.search(new TermQuery(new Term(Fields.AID, id)), 1);
            return top.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(loadArticle(s.storedFields(), top.scoreDocs[0].doc));
        });
    }

    @Override
    public List<Article> articles(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<BytesRef> terms = ids.stream().distinct().map(BytesRef::new).toList();
        return withSearcher(s -> {
            TopDocs top = s.search(new TermInSetQuery(Fields.AID, terms), terms.size());
            Map<String, Article> byId = new HashMap<>();
            StoredFields f = s.storedFields();
            for (ScoreDoc d : top.scoreDocs) {
                Article a = loadArticle(f, d.doc);
                byId.put(a.id(), a);
            }
            List<Article> out = new ArrayList<>(byId.size());
            for (String id : ids) {
                Article a = byId.remove(id);
                if (a != null) {
                    out.add(a);
                }
            }
            return out;
        });
    }

    @Override
    public List<ArticleSummary> summaries(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<BytesRef> terms = ids.stream().distinct().map(BytesRef::new).toList();
        return withSearcher(s -> {
            TopDocs top = s.search(new TermInSetQuery(Fields.AID, terms), terms.size());
            Map<String, ArticleSummary> byId = new HashMap<>();
            for (ScoreDoc d : top.scoreDocs) {
                ArticleSummary a = loadSummary(s, d.doc);
                byId.put(a.id(), a);
            }
            List<ArticleSummary> out = new ArrayList<>(byId.size());
            for (String id : ids) {
                ArticleSummary a = byId.remove(id);
                if (a != null) {
                    out.add(a);
                }
            }
            return out;
        });
    }

    private static ArticleSummary loadSummary(IndexSearcher s, int doc) throws IOException {
        List<LeafReaderContext> leaves = s.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues dv = DocValues.getBinary(leaf.reader(), Fields.BRIEF);
        if (!dv.advanceExact(doc - leaf.docBase)) {
            return ArticleSummary.of(loadArticle(s.storedFields(), doc));
        }
        BytesRef b = dv.binaryValue();
        return RecordCodec.summary(b.bytes, b.offset, b.length);
    }

    @Override
    public Optional<Story> story(String id) {
        return withSearcher(s -> {
            TopDocs top = s.search(new TermQuery(new Term(Fields.SID, id)), 1);
            return top.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(loadStory(s.storedFields(), top.scoreDocs[0].doc));
        });
    }

    @Override
    public java.util.OptionalLong storyVersion(String id) {
        return withSearcher(s -> {
            Optional<LiveDoc> hit = firstLiveDoc(s, Fields.SID, id);
            if (hit.isEmpty()) {
                return java.util.OptionalLong.empty();
            }
            LiveDoc d = hit.get();
            org.apache.lucene.index.NumericDocValues v = DocValues.getNumeric(d.reader(), Fields.VERSION);
            if (v.advanceExact(d.doc())) {
                return java.util.OptionalLong.of(v.longValue());
            }
            // stored before versions existed: hash the record itself
            BytesRef b = d.reader().storedFields().document(d.doc(), Set.of(Fields.DOC)).getBinaryValue(Fields.DOC);
            return java.util.OptionalLong.of(contentHash(
                    java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length)));
        });
    }

    @Override
    public List<Story> storiesOf(String articleId) {
        return withSearcher(s -> {
            TopDocs top = s.search(kind(Fields.STORY, new TermQuery(new Term(Fields.MEMBER, articleId))), 10);
            List<Story> out = new ArrayList<>();
            StoredFields f = s.storedFields();
            for (ScoreDoc d : top.scoreDocs) {
                out.add(loadStory(f, d.doc));
            }
            return out;
        });
    }

    @Override
    public StoryPage stories(StoryQuery query) {
        Query q = query.since()
                .<Query>map(t -> LongPoint.newRangeQuery(Fields.RANK_TIME, t.toEpochMilli(), Long.MAX_VALUE))
                .orElseGet(MatchAllDocsQuery::new);
        Sort sort = new Sort(new StoryRank(query.halfLife()).getSortField(true));
        return withSearcher(s -> {
            int n = query.offset() + query.limit();
            TopDocs top = s.search(kind(Fields.STORY, q), n, sort);
            long total = exactTotal(s, kind(Fields.STORY, q), top.totalHits);
            List<Story> out = new ArrayList<>();
            StoredFields f = s.storedFields();
            for (int i = query.offset(); i < top.scoreDocs.length; i++) {
                out.add(loadStory(f, top.scoreDocs[i].doc));
            }
            return new StoryPage(total, out);
        });
    }

    private static long exactTotal(IndexSearcher s, Query q, TotalHits hits) throws IOException {
        return hits.relation() == TotalHits.Relation.EQUAL_TO ? hits.value() : s.count(q);
    }

    /** Parses a user's query; blank means every article. */
    Query parse(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {Fields.TITLE, Fields.TEXT}, analyzer,
                Map.of(Fields.TITLE, 2f, Fields.TEXT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            String msg = e.getMessage() == null ? "syntax error" : e.getMessage().lines().findFirst().orElse("");
            throw new BadQueryException("cannot parse query '" + text + "': " + msg);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new BadQueryException("cannot parse query '" + text + "': " + e.getMessage());
        }
    }

    private static Query filtered(Query q, ArticleFilter f) {
        boolean noFilter = f.language().isEmpty() && f.outlet().isEmpty() && f.entity().isEmpty()
                && f.since().isEmpty() && f.until().isEmpty();
        if (noFilter && inArticleFieldsOnly(q)) {
            return q;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE)), Occur.FILTER)
                .add(q, Occur.MUST);
        f.language().ifPresent(l -> b.add(new TermQuery(new Term(Fields.LANG, lower(l))), Occur.FILTER));
        f.outlet().ifPresent(o -> b.add(new TermQuery(new Term(Fields.OUTLET, lower(o))), Occur.FILTER));
        f.entity().ifPresent(e -> b.add(new TermQuery(new Term(Fields.ENTITY, lower(e))), Occur.FILTER));
        if (f.since().isPresent() || f.until().isPresent()) {
            long from = f.since().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
            long to = f.until().map(t -> t.toEpochMilli() - 1).orElse(Long.MAX_VALUE);
            b.add(LongPoint.newRangeQuery(Fields.PUBLISHED, from, to), Occur.FILTER);
        }
        return b.build();
    }

    /**
     * Whether every leaf of {@code q} searches a field that only articles have ({@code title}, {@code text}): then
     * it can only match articles and needs no {@code kind:article} filter (a conjunction with a posting list as
     * long as the index, paid on every search). A leaf without a field (match-all, match-none) or in any other
     * field keeps the filter.
     */
    static boolean inArticleFieldsOnly(Query q) {
        boolean[] ok = {true};
        boolean[] fieldAccepted = {false};
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!field.equals(Fields.TITLE) && !field.equals(Fields.TEXT)) {
                    ok[0] = false;
                }
                fieldAccepted[0] = true;
                return true;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                    if (!t.field().equals(Fields.TITLE) && !t.field().equals(Fields.TEXT)) {
                        ok[0] = false;
                    }
                }
                fieldAccepted[0] = false;
            }

            @Override
            public void consumeTermsMatching(Query query, String field,
                                             java.util.function.Supplier<org.apache.lucene.util.automaton.ByteRunAutomaton> automaton) {
                acceptField(field);
                fieldAccepted[0] = false;
            }

            @Override
            public void visitLeaf(Query query) {
                if (!fieldAccepted[0]) {
                    ok[0] = false;
                }
                fieldAccepted[0] = false;
            }
        });
        return ok[0];
    }

    @Override
    public SearchResults search(SearchQuery query) {
        Query parsed = parse(query.query());
        Query full = filtered(parsed, query.filter());
        boolean matchAll = parsed instanceof MatchAllDocsQuery;
        return withSearcher(s -> {
            int n = query.offset() + query.limit();
            TopDocs top = matchAll
                    ? s.search(full, n, new Sort(newest(), SortField.FIELD_DOC))
                    : s.search(full, n);
            long total = exactTotal(s, full, top.totalHits);
            int from = Math.min(query.offset(), top.scoreDocs.length);
            int[] docs = new int[top.scoreDocs.length - from];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[from + i].doc;
            }
            Map<String, Object[]> snippets = Map.of();
            if (!matchAll && docs.length > 0) {
                snippets = highlighter(s).snippets(new String[] {Fields.TITLE, Fields.TEXT},
                        parsed, docs, new int[] {1, 2});
            }
            List<SearchResults.SearchHit> hits = new ArrayList<>(docs.length);
            for (int i = 0; i < docs.length; i++) {
                List<Snippet> sn = new ArrayList<>();
                for (String field : List.of(Fields.TITLE, Fields.TEXT)) {
                    Object[] per = snippets.get(field);
                    if (per != null && per[i] instanceof List<?> list) {
                        for (Object o : list) {
                            if (o instanceof Snippet snip && (field.equals(Fields.TEXT) || !snip.highlights().isEmpty())) {
                                sn.add(snip);
                            }
                        }
                    }
                }
                float score = Float.isNaN(top.scoreDocs[from + i].score) ? 0f : top.scoreDocs[from + i].score;
                hits.add(new SearchResults.SearchHit(loadSummary(s, docs[i]), score, sn));
            }
            return new SearchResults(total, hits);
        });
    }

    private static SortField newest() {
        SortField sf = new SortField(Fields.PUBLISHED, SortField.Type.LONG, true);
        sf.setMissingValue(Long.MIN_VALUE);
        return sf;
    }

    /** The highlighter of the current searcher, made once per searcher (it is thread-safe). */
    private SnippetHighlighter highlighter(IndexSearcher s) {
        SnippetHighlighter h = highlighter;
        if (h == null || h.searcher() != s) {
            h = new SnippetHighlighter(UnifiedHighlighter.builder(s, analyzer)
                    .withMaxLength(MAX_HIGHLIGHT_CHARS)
                    // term offsets read straight from the postings of each hit; with weight matches the
                    // highlighter would rewrite the query and build its weight again for every hit
                    .withWeightMatches(false)
                    .withHighlightPhrasesStrictly(true));
            highlighter = h;
        }
        return h;
    }

    /**
     * The unified highlighter with {@link SnippetFormatter}s (plain-text snippets), {@link SentenceBreaks} for
     * passages, and the title and text read from the uncompressed {@link SnippetSource} doc values instead of the
     * compressed stored fields (which it falls back to for articles stored before that field existed).
     */
    private static final class SnippetHighlighter extends UnifiedHighlighter {
        private static final SnippetFormatter TITLE_FORMATTER = new SnippetFormatter(Fields.TITLE);
        private static final SnippetFormatter TEXT_FORMATTER = new SnippetFormatter(Fields.TEXT);
        /** Lucene's passage score without its per-passage allocation (stateless, shared). */
        private static final PassageScore SCORER = new PassageScore();

        SnippetHighlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        IndexSearcher searcher() {
            return searcher;
        }

        @Override
        protected org.apache.lucene.search.uhighlight.PassageFormatter getFormatter(String field) {
            return field.equals(Fields.TITLE) ? TITLE_FORMATTER
                    : field.equals(Fields.TEXT) ? TEXT_FORMATTER : new SnippetFormatter(field);
        }

        @Override
        protected java.text.BreakIterator getBreakIterator(String field) {
            return new SentenceBreaks();
        }

        @Override
        protected org.apache.lucene.search.uhighlight.PassageScorer getScorer(String field) {
            return SCORER;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
                                                       int cacheCharsThreshold) throws IOException {
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            List<CharSequence[]> out = new ArrayList<>();
            LeafReaderContext leaf = null;
            BinaryDocValues source = null;
            for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
                if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                    leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                    source = leaf.reader().getBinaryDocValues(Fields.SNIPPET_SOURCE);
                }
                String title;
                String text;
                if (source != null && source.advanceExact(doc - leaf.docBase)) {
                    SnippetSource.Decoded d = SnippetSource.decode(source.binaryValue());
                    title = d.title();
                    text = d.text();
                } else {
                    Document stored = leaf.reader().storedFields().document(doc - leaf.docBase,
                            Set.of(Fields.TITLE, Fields.TEXT));
                    title = SnippetSource.clip(Optional.ofNullable(stored.get(Fields.TITLE)).orElse(""));
                    text = SnippetSource.clip(Optional.ofNullable(stored.get(Fields.TEXT)).orElse(""));
                }
                CharSequence[] values = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    values[i] = fields[i].equals(Fields.TITLE) ? title : fields[i].equals(Fields.TEXT) ? text : "";
                }
                out.add(values);
            }
            return out;
        }

        Map<String, Object[]> snippets(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, passages);
        }
    }

    @Override
    public Optional<EntityProfile> entity(String name, int maxStories) {
        String term = lower(name);
        if (term.isEmpty()) {
            return Optional.empty();
        }
        Query inStories = kind(Fields.STORY, new TermQuery(new Term(Fields.ENTITY, term)));
        Query inArticles = kind(Fields.ARTICLE, new TermQuery(new Term(Fields.ENTITY, term)));
        return withSearcher(s -> {
            long storyCount = s.count(inStories);
            long articleCount = s.count(inArticles);
            if (storyCount == 0 && articleCount == 0) {
                return Optional.empty();
            }
            SortField byTime = new SortField(Fields.RANK_TIME, SortField.Type.LONG, true);
            TopDocs top = s.search(inStories, Math.max(1, maxStories), new Sort(byTime, SortField.FIELD_DOC));
            List<Story> stories = new ArrayList<>();
            StoredFields f = s.storedFields();
            for (ScoreDoc d : top.scoreDocs) {
                stories.add(loadStory(f, d.doc));
            }
            stories.sort(Comparator.comparingLong(LuceneArticleStore::rankTime));
            String canonical = name.strip();
            Map<EntityType, Integer> types = new LinkedHashMap<>();
            Set<String> aliases = new LinkedHashSet<>();
            for (Story st : stories.reversed()) {
                for (StoryEntity e : st.entities()) {
                    boolean match = lower(e.name()).equals(term)
                            || e.aliases().stream().anyMatch(a -> lower(a).equals(term));
                    if (match) {
                        if (types.isEmpty()) {
                            canonical = e.name();
                        }
                        types.merge(e.type(), 1, Integer::sum);
                        aliases.add(e.name());
                        aliases.addAll(e.aliases());
                    }
                }
            }
            String finalName = canonical;
            aliases.removeIf(a -> a.equals(finalName));
            Optional<EntityType> type = types.entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
            return Optional.of(new EntityProfile(canonical, type, List.copyOf(aliases), storyCount, articleCount,
                    stories));
        });
    }

    @Override
    public List<Article> articlesAfter(long after, int max) {
        Query q = kind(Fields.ARTICLE, LongPoint.newRangeQuery(Fields.POSITION, after + 1, Long.MAX_VALUE));
        return withSearcher(s -> {
            TopDocs top = s.search(q, Math.max(1, max),
                    new Sort(new SortField(Fields.POSITION, SortField.Type.LONG)));
            List<Article> out = new ArrayList<>();
            StoredFields f = s.storedFields();
            for (ScoreDoc d : top.scoreDocs) {
                out.add(loadArticle(f, d.doc));
            }
            return out;
        });
    }

    @Override
    public long position() {
        return position.get();
    }

    @Override
    public long articleCount() {
        return withSearcher(s -> (long) s.count(new TermQuery(new Term(Fields.KIND, Fields.ARTICLE))));
    }

    @Override
    public long storyCount() {
        return withSearcher(s -> (long) s.count(new TermQuery(new Term(Fields.KIND, Fields.STORY))));
    }

    @Override
    public boolean readOnly() {
        return writer.isEmpty();
    }

    // ---------------------------------------------------------------- pipeline state

    @Override
    public void saveState(PipelineState state) {
        requireWriter();
        Path target = dataDir.resolve(STATE_FILE);
        Path tmp = dataDir.resolve(STATE_FILE + ".tmp");
        CRC32 crc = new CRC32();
        crc.update(state.data());
        ByteBuffer header = ByteBuffer.allocate(4 + 8 + 4 + 8)
                .putInt(STATE_MAGIC).putLong(state.position()).putInt(state.data().length).putLong(crc.getValue())
                .flip();
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                while (header.hasRemaining()) {
                    ch.write(header);
                }
                ByteBuffer body = ByteBuffer.wrap(state.data());
                while (body.hasRemaining()) {
                    ch.write(body);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel dir = FileChannel.open(dataDir, StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException ignored) {
                // some platforms cannot fsync a directory; the rename is still atomic
            }
        } catch (IOException e) {
            throw new StoreException(target + ": cannot save the pipeline state: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<PipelineState> loadState() {
        Path file = dataDir.resolve(STATE_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
            if (b.remaining() < 24 || b.getInt() != STATE_MAGIC) {
                throw new StoreException(file + ": not a Warta pipeline state file");
            }
            long pos = b.getLong();
            int len = b.getInt();
            long sum = b.getLong();
            if (len < 0 || len != b.remaining()) {
                throw new StoreException(file + ": truncated pipeline state");
            }
            byte[] data = new byte[len];
            b.get(data);
            CRC32 crc = new CRC32();
            crc.update(data);
            if (crc.getValue() != sum) {
                throw new StoreException(file + ": pipeline state fails its checksum");
            }
            return Optional.of(new PipelineState(data, pos));
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read the pipeline state: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- lifecycle

    private IndexWriter requireWriter() {
        return writer.orElseThrow(() -> new StoreException(dataDir + ": the store is open read-only"));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            if (writer.isPresent()) {
                synchronized (commitMonitor) {
                    writer.get().setLiveCommitData(Map.of(POSITION_KEY, Long.toString(position.get())).entrySet());
                    writer.get().close();
                }
            }
            directory.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Directory d) {
        if (d != null) {
            try {
                d.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }
}
