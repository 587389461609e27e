package org.warta.app.store;

import java.util.Optional;
import org.warta.pipeline.PipelineStages;

/**
 * The product's pipeline stages for the store-backed commands ({@code ingest}, {@code watch}, {@code serve}).
 * Looks up {@code org.warta.app.Stages#defaults()} (the composition root the application provides), so this
 * package does not depend on every stage's implementation.
 */
public final class DefaultStages {

    private DefaultStages() {
    }

    /** The default stages, or empty when this build has no composition root for them. */
    public static Optional<PipelineStages> find() {
        for (String cls : new String[] {"org.warta.app.Stages", "org.warta.app.cli.Stages", "org.warta.pipeline.Stages"}) {
            try {
                Object s = Class.forName(cls).getMethod("defaults").invoke(null);
                if (s instanceof PipelineStages p) {
                    return Optional.of(p);
                }
            } catch (ClassNotFoundException | NoSuchMethodException e) {
                // try the next place
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build the pipeline stages: " + e.getCause(), e);
            }
        }
        return Optional.empty();
    }

    /** The default stages, or a one-line error. */
    public static PipelineStages require() {
        return find().orElseThrow(() -> new IllegalStateException(
                "this build has no pipeline stages (org.warta.app.Stages.defaults())"));
    }
}
