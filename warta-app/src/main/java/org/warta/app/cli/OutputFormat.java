package org.warta.app.cli;

/** Output formats of {@code warta digest}. */
public enum OutputFormat {
    /** For a person at a terminal. */
    text,
    /** Markdown report. */
    markdown,
    /** The JSON contract (docs/json.md). */
    json,
    /** One self-contained HTML report page. */
    html
}
