package org.warta.app.store;

import java.util.Optional;
import org.warta.pipeline.PipelineStages;
import org.warta.pipeline.StandardPipeline;

/** The product's pipeline stages for the store-backed commands ({@code ingest}, {@code watch}, {@code serve}). */
public final class DefaultStages {

    private DefaultStages() {
    }

    /** The default stages (always present; kept Optional for callers that serve read-only stores). */
    public static Optional<PipelineStages> find() {
        return Optional.of(StandardPipeline.stages());
    }

    /** The default stages. */
    public static PipelineStages require() {
        return StandardPipeline.stages();
    }
}
