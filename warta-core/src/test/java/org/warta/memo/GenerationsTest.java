package org.warta.memo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GenerationsTest {

    @Test
    void keepsAtMostTwoGenerationsAndPromotesWhatIsAskedFor() {
        Generations<Integer, String> g = new Generations<>(3);
        for (int i = 0; i < 3; i++) {
            g.put(i, "v" + i);
        }
        g.put(3, "v3"); // the first three become the old generation
        assertThat(g.get(0)).contains("v0"); // promoted into the young one
        g.put(4, "v4");
        g.put(5, "v5"); // young (3, 0, 4) turns old; 1 and 2 are dropped
        assertThat(g.get(1)).isEmpty();
        assertThat(g.get(2)).isEmpty();
        assertThat(g.get(0)).contains("v0");
        assertThat(g.get(5)).contains("v5");
        g.clear();
        assertThat(g.get(5)).isEmpty();
    }
}
