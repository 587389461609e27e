/**
 * The HTTP server ({@code warta serve}): the JDK's {@code com.sun.net.httpserver} on virtual threads, the REST API
 * under {@code /api}, {@code /health}, {@code /metrics} (Prometheus text format), {@code /openapi.json} and the web
 * pages. Bodies are capped, errors are one-line messages, never stack traces.
 */
package org.warta.app.server;
