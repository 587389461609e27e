package org.warta.bench.extraction;

import java.util.List;

/**
 * One page of the extraction set with its gold snippets.
 *
 * @param url     the page URL (the gold key)
 * @param file    file name, for messages
 * @param bytes   raw page bytes
 * @param html    the page decoded once, outside any timing, for the peers that take a string
 * @param with    snippets the main text must contain
 * @param without snippets it must not contain
 */
public record EvalPage(String url, String file, byte[] bytes, String html, List<String> with, List<String> without) {
}
