package org.warta.store;

/** The store could not do what was asked: an I/O failure, a corrupt or locked data directory. One-line message. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
