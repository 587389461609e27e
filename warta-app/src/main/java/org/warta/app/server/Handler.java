package org.warta.app.server;

/** Serves one route. May throw {@link HttpError} for client errors. */
@FunctionalInterface
public interface Handler {
    Response handle(Request request);
}
