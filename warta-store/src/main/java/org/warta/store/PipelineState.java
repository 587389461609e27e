package org.warta.store;

import java.util.Objects;

/**
 * The pipeline's saved state: an opaque snapshot (dedup and clustering state) and the ingest position it covers,
 * so that articles stored after the snapshot can be replayed on restart.
 *
 * @param data     the snapshot's bytes, as the pipeline wrote them
 * @param position the store's {@link ArticleStore#position()} that the snapshot includes
 */
public record PipelineState(byte[] data, long position) {
    public PipelineState {
        Objects.requireNonNull(data, "data");
        if (position < 0) {
            throw new IllegalArgumentException("position < 0");
        }
    }
}
