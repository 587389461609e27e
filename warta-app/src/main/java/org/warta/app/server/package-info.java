/**
 * The HTTP server ({@code warta serve}): Netty's HTTP/1.1 codec on its NIO transport, one event loop per core;
 * page and search requests are served on the event loops, article posts (the pipeline) on virtual threads (see
 * {@link org.warta.app.server.WartaServer}). The REST API under {@code /api}, {@code /health}, {@code /metrics}
 * (Prometheus text format), {@code /openapi.json} and the web pages. Bodies are capped, errors are one-line
 * messages, never stack traces.
 */
package org.warta.app.server;
