package org.warta.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderedPagesTest {

    @Test
    void rendersOncePerKeyAndANewVersionRendersAgain() {
        RenderedPages cache = new RenderedPages(RenderedPages.Options.DEFAULT);
        AtomicInteger renders = new AtomicInteger();
        RenderedPages.Key v1 = new RenderedPages.Key("s1", 1, "id");
        assertThat(text(cache.get(v1, () -> page("a", renders)))).isEqualTo("a1");
        assertThat(text(cache.get(v1, () -> page("a", renders)))).isEqualTo("a1");
        assertThat(text(cache.get(new RenderedPages.Key("s1", 2, "id"), () -> page("b", renders)))).isEqualTo("b2");
        assertThat(text(cache.get(new RenderedPages.Key("s1", 2, "en"), () -> page("c", renders)))).isEqualTo("c3");
        assertThat(renders).hasValue(3);
        assertThat(cache.hits()).isEqualTo(1);
    }

    @Test
    void staysWithinItsBoundEvictingTheLeastRecentlyUsed() {
        RenderedPages cache = new RenderedPages(new RenderedPages.Options(100, 50));
        AtomicInteger renders = new AtomicInteger();
        for (int i = 0; i < 20; i++) {
            // 2 bytes for the title's character + 18 of body = 20 bytes a page
            cache.get(new RenderedPages.Key("s" + i, 1, "id"), () -> new RenderedPages.Page("t", bytes("x".repeat(18))));
            cache.get(new RenderedPages.Key("s0", 1, "id"), () -> page("s0-again", renders)); // keep s0 recent
            assertThat(cache.bytes()).isLessThanOrEqualTo(100);
        }
        assertThat(cache.size()).isEqualTo(5);
        assertThat(renders).hasValue(0);
        // a body over the per-page bound is served but not kept
        cache.get(new RenderedPages.Key("big", 1, "id"), () -> new RenderedPages.Page("t", bytes("y".repeat(60))));
        assertThat(cache.size()).isEqualTo(5);
    }

    private static RenderedPages.Page page(String prefix, AtomicInteger renders) {
        return new RenderedPages.Page("title", bytes(prefix + renders.incrementAndGet()));
    }

    /** The frame put around a cached UTF-8 body is byte for byte the frame of the string page. */
    @Test
    void theFrameAroundCachedBytesIsTheFrameAroundAString() {
        String body = "<h1>Gempa — Banten “kuat” 5,6 · 日本</h1><p>a&amp;b</p>";
        for (String lang : Messages.LANGUAGES) {
            Messages msg = Messages.of(lang);
            assertThat(Layout.page(msg, "Judul <x> — ü", bytes(body), "/stories/s1?ui=%s", "q\"x"))
                    .isEqualTo(bytes(Layout.page(msg, "Judul <x> — ü", body, "/stories/s1?ui=%s", "q\"x")));
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String text(RenderedPages.Page p) {
        return new String(p.body(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
