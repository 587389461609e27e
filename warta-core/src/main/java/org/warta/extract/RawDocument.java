package org.warta.extract;

import java.util.Objects;
import java.util.Optional;
import org.warta.model.Moment;

/**
 * Bytes as read from a file or the network, before any decoding.
 *
 * @param source        the file path (relative to the folder it was found in) or URL; names the input in messages
 * @param content       the raw bytes (gzip already undone by the reader)
 * @param url           the page's URL when known
 * @param referenceTime when it was fetched: the anchor for relative dates like "2 jam lalu"
 */
public record RawDocument(String source, byte[] content, Optional<String> url, Optional<Moment> referenceTime) {
    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(content, "content");
    }

    public static RawDocument of(String source, byte[] content) {
        return new RawDocument(source, content, Optional.empty(), Optional.empty());
    }
}
