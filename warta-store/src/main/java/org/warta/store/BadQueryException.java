package org.warta.store;

/** A search query that does not parse; the message says where and why, in one line. */
public final class BadQueryException extends IllegalArgumentException {
    public BadQueryException(String message) {
        super(message);
    }
}
