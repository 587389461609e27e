package org.warta.dedup;

import java.util.Optional;
import org.warta.model.Article;

/**
 * Stage, online: sees articles one at a time in publication order and tells, for each, the id of the earlier
 * article it is a near-copy of. Its state must be serialisable (snapshot/restore).
 */
public interface DuplicateDetector {
    Optional<String> observe(Article article);

    /** The detector's whole state as bytes; the matching restore function continues exactly from it. */
    byte[] snapshot();
}
