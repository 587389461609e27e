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
        assertThat(cache.get(v1, () -> page("a", renders)).body()).isEqualTo("a1");
        assertThat(cache.get(v1, () -> page("a", renders)).body()).isEqualTo("a1");
        assertThat(cache.get(new RenderedPages.Key("s1", 2, "id"), () -> page("b", renders)).body()).isEqualTo("b2");
        assertThat(cache.get(new RenderedPages.Key("s1", 2, "en"), () -> page("c", renders)).body()).isEqualTo("c3");
        assertThat(renders).hasValue(3);
        assertThat(cache.hits()).isEqualTo(1);
    }

    @Test
    void staysWithinItsBoundEvictingTheLeastRecentlyUsed() {
        RenderedPages cache = new RenderedPages(new RenderedPages.Options(100, 50));
        AtomicInteger renders = new AtomicInteger();
        for (int i = 0; i < 20; i++) {
            cache.get(new RenderedPages.Key("s" + i, 1, "id"), () -> new RenderedPages.Page("t", "x".repeat(19)));
            cache.get(new RenderedPages.Key("s0", 1, "id"), () -> page("s0-again", renders)); // keep s0 recent
            assertThat(cache.chars()).isLessThanOrEqualTo(100);
        }
        assertThat(cache.size()).isEqualTo(5);
        assertThat(renders).hasValue(0);
        // a body over the per-page bound is served but not kept
        cache.get(new RenderedPages.Key("big", 1, "id"), () -> new RenderedPages.Page("t", "y".repeat(60)));
        assertThat(cache.size()).isEqualTo(5);
    }

    private static RenderedPages.Page page(String prefix, AtomicInteger renders) {
        return new RenderedPages.Page("title", prefix + renders.incrementAndGet());
    }
}
