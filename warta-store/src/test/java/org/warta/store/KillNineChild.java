package org.warta.store;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.warta.model.Article;

/**
 * Child process of {@link KillNineTest}: ingests articles forever from two threads and prints "ACK id" for each
 * article once {@link ArticleStore#putArticles} has returned (that is, once it is acknowledged).
 */
public final class KillNineChild {

    private KillNineChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        PrintStream out = new PrintStream(System.out, false, "UTF-8");
        try (ArticleStore store = LuceneArticleStore.open(dir)) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int seed = t;
                threads.add(Thread.ofPlatform().start(() -> {
                    Random rnd = new Random(seed);
                    for (int batch = 0; ; batch++) {
                        List<Article> articles = new ArrayList<>();
                        for (int i = 0; i < 1 + rnd.nextInt(40); i++) {
                            articles.add(Fixtures.random(rnd, "t" + seed + "-" + batch + "-" + i, 80));
                        }
                        List<PutResult> results = store.putArticles(articles);
                        synchronized (out) {
                            for (PutResult r : results) {
                                if (r instanceof PutResult.Stored s) {
                                    out.println("ACK " + s.id());
                                }
                            }
                            out.flush();
                        }
                    }
                }));
            }
            for (Thread t : threads) {
                t.join();
            }
        }
    }
}
