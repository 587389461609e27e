package org.warta.app.store;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.warta.model.Article;

/**
 * A long ingest of many batches as a two-stage pipeline: {@link #submit} prepares a batch on the calling thread
 * (language, text analysis, entities/quotes/dates of dated articles; the work that reads no state of the online
 * stages) while the previous batch is placed, stored, committed and synthesised on this bulk ingest's own thread.
 * The online decisions stay sequential and in submission order, so the stories are the ones {@link
 * IngestService#ingest} makes batch by batch; on two cores the sequential part of one batch no longer leaves a core
 * idle. At most one batch waits while the next is prepared, so memory stays bounded by two batches.
 *
 * <p>Not for concurrent use by several submitting threads (batches are placed in the order they were submitted).
 * A batch's future completes once its articles and stories are committed; a failure fails that batch's future, and
 * the next {@link #submit} or {@link #close} throws it.
 */
public final class BulkIngest implements AutoCloseable {

    private final IngestService service;
    private final ExecutorService placer = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("warta-ingest").daemon().factory());
    private CompletableFuture<List<IngestOutcome>> previous = CompletableFuture.completedFuture(List.of());
    private boolean closed;

    BulkIngest(IngestService service) {
        this.service = Objects.requireNonNull(service, "service");
    }

    /**
     * Prepares the batch here, waits until the previous batch is committed, and hands this one to the placing
     * thread. The returned future completes, with the outcomes in input order, once the batch is committed.
     *
     * @throws org.warta.store.StoreException if an earlier batch failed (nothing of this batch is stored then)
     * @throws IllegalStateException          after {@link #close}
     */
    public CompletableFuture<List<IngestOutcome>> submit(List<Article> batch) {
        if (closed) {
            throw new IllegalStateException("bulk ingest closed");
        }
        IngestService.PreparedBatch prepared = service.prepare(batch);
        awaitPrevious();
        previous = CompletableFuture.supplyAsync(() -> service.place(prepared), placer);
        return previous;
    }

    /**
     * Waits until every submitted batch is committed and the actions attached to their futures have run; throws
     * the failure of the last one, if it failed.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            awaitPrevious();
        } finally {
            // a future's waiter may wake before the actions attached to it have run on the placing thread: they
            // have once the thread is done
            placer.shutdown();
            boolean interrupted = false;
            while (true) {
                try {
                    if (placer.awaitTermination(1, TimeUnit.MINUTES)) {
                        break;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitPrevious() {
        try {
            previous.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
