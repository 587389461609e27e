/** The {@code warta} command line, output formats, HTTP server and web UI. */
package org.warta.app;
