package org.warta.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: a child JVM ingests as fast as it can and reports each acknowledged article; we kill it with
 * SIGKILL mid-ingest, reopen the store, and every acknowledged article must be there and the store must answer.
 */
class KillNineTest {

    @TempDir
    Path dir;

    @Test
    void killDashNineLosesNothingAcknowledged() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                KillNineChild.class.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> acked = new ArrayList<>();
        int killAfter = 1500 + new Random().nextInt(1500);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acked.add(line.substring(4));
                }
                if (acked.size() >= killAfter) {
                    child.destroyForcibly(); // SIGKILL on POSIX
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(acked).as("the child acknowledged articles before it was killed").hasSizeGreaterThan(1000);

        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            for (String id : acked) {
                assertThat(store.article(id)).as("acknowledged article %s", id).isPresent();
            }
            assertThat(store.articleCount()).isGreaterThanOrEqualTo(acked.size());
            assertThat(store.search(SearchQuery.of("rusia OR banjir")).total()).isPositive();
            // the store still takes writes after the crash, and positions keep increasing
            long before = store.position();
            List<PutResult> more = store.putArticles(List.of(Fixtures.random(new Random(99), "after-crash", 50)));
            assertThat(more.getFirst()).isInstanceOf(PutResult.Stored.class);
            assertThat(((PutResult.Stored) more.getFirst()).position()).isGreaterThan(before);
        }
    }
}
