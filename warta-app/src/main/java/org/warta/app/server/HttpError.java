package org.warta.app.server;

/** A request that cannot be served: the status and a one-line message for the client. */
public final class HttpError extends RuntimeException {

    private final int status;

    public HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static HttpError notFound(String what) {
        return new HttpError(404, what);
    }

    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }
}
