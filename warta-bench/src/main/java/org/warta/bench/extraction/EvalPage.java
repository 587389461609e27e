package org.warta.bench.extraction;

import java.nio.charset.Charset;
import java.util.List;

/**
 * One page of the extraction set with its gold snippets.
 *
 * @param url     the page URL (the gold key)
 * @param file    file name, for messages
 * @param bytes   raw page bytes
 * @param html    the page decoded once by Warta's decoder, outside any timing
 * @param charset the charset that decoder found (for the peers, which cannot find it themselves)
 * @param with    snippets the main text must contain
 * @param without snippets it must not contain
 */
public record EvalPage(String url, String file, byte[] bytes, String html, Charset charset, List<String> with,
                       List<String> without) {

    /**
     * The page as a peer that takes a string gets it: decoded from the bytes with the known charset, inside the
     * peer's timed call, because every extractor starts from the bytes of a page (Warta's time includes finding
     * the charset too). With {@code predecoded}, the string decoded outside any timing.
     */
    public String forPeer(boolean predecoded) {
        return predecoded ? html : new String(bytes, charset);
    }
}
