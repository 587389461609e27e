package org.warta.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store-backed commands end to end with the real pipeline: ingest the seeds (twice: idempotent), JSON Lines,
 * an RSS feed served on loopback; then stories, story, search and watch.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private String data() {
        return tmp.resolve("data").toString();
    }

    @Test
    @Order(1)
    void ingestIsIdempotent() {
        String seeds = CliRun.shared().resolve("seeds").toString();
        CliRun first = CliRun.of("ingest", "--data", data(), "--no-progress", seeds);
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("5 stored, 0 already stored, 0 problems");
        CliRun again = CliRun.of("ingest", "--data", data(), "--no-progress", seeds);
        assertThat(again.out()).startsWith("0 stored, 5 already stored, 0 problems, 0 stories updated");
    }

    @Test
    @Order(2)
    void ingestsJsonLinesReportingBadLines() throws Exception {
        Path jsonl = tmp.resolve("more.jsonl");
        Files.writeString(jsonl, """
                {"id": "j1", "source": "wire", "title": "Banjir rendam Jakarta Utara", "text": "Banjir merendam ratusan rumah di Jakarta Utara sejak Senin pagi. Warga mengungsi ke masjid.", "outlet": "Kabar Kota", "published": "2024-06-24T07:00:00+07:00"}
                {"id": "j2", "title": "broken
                {"id": "j3", "source": "wire", "title": "Harga beras naik lagi", "text": "Harga beras medium di pasar induk naik untuk pekan ketiga berturut-turut, kata pedagang.", "published": "2024-06-25"}
                """, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("ingest", "--data", data(), "--no-progress", jsonl.toString());
        assertThat(r.out()).startsWith("2 stored, 0 already stored, 1 problems");
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("warta: " + jsonl + ":2: ");
    }

    @Test
    @Order(3)
    void ingestsAnRssFeedAndDoesNotFetchKnownPagesAgain() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        AtomicInteger pageFetches = new AtomicInteger();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Kabar</title><link>%1$s/</link><description>x</description>
                <item><title>Gempa</title><link>%1$s/gempa</link></item>
                <item><title>Pemilu</title><link>%1$s/pemilu</link></item>
                </channel></rss>""".formatted(base);
        server.createContext("/feed.xml", ex -> {
            byte[] b = rss.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.createContext("/", ex -> {
            pageFetches.incrementAndGet();
            String topic = ex.getRequestURI().getPath().substring(1);
            String html = "<html><head><title>" + topic + " hari ini</title></head><body><article><h1>Berita " + topic
                    + " hari ini</h1><p>" + ("Laporan lengkap tentang " + topic + " yang terjadi di kota itu pada Senin. ")
                    .repeat(8) + "</p><p>Petugas masih mendata kerugian akibat " + topic + " tersebut.</p></article></body></html>";
            byte[] b = html.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
        server.start();
        try {
            CliRun r = CliRun.of("ingest", "--data", data(), "--no-progress", base + "/feed.xml");
            assertThat(r.out()).as(r.err()).startsWith("2 stored, 0 already stored, 0 problems");
            assertThat(pageFetches.get()).isEqualTo(2);
            CliRun again = CliRun.of("ingest", "--data", data(), "--no-progress", base + "/feed.xml");
            assertThat(again.out()).startsWith("0 stored, 0 already stored, 0 problems");
            assertThat(pageFetches.get()).as("known pages are not fetched again").isEqualTo(2);
            CliRun notAFeed = CliRun.of("ingest", "--data", data(), "--no-progress", base + "/gempa");
            assertThat(notAFeed.err()).contains("not an RSS or Atom feed");
        } finally {
            server.stop(0);
        }
    }

    @Test
    @Order(4)
    void storiesStoryAndSearch() throws Exception {
        CliRun list = CliRun.of("stories", "--data", data(), "--format", "json");
        assertThat(list.status()).as(list.err()).isZero();
        JsonNode stories = JSON.readTree(list.out());
        assertThat(stories.path("total").asInt()).isGreaterThanOrEqualTo(2);
        String id = stories.path("stories").get(0).path("id").asText();
        String headline = stories.path("stories").get(0).path("headline").asText();
        assertThat(CliRun.of("stories", "--data", data()).out()).contains(headline);

        CliRun story = CliRun.of("story", "--data", data(), id);
        assertThat(story.status()).isZero();
        assertThat(story.out()).startsWith(headline + "\n");
        CliRun none = CliRun.of("story", "--data", data(), "no-such-story");
        assertThat(none.status()).isEqualTo(1);
        assertThat(none.err().strip()).isEqualTo("warta: no story with id 'no-such-story' in " + data());

        CliRun search = CliRun.of("search", "--data", data(), "Pyongyang");
        assertThat(search.status()).isZero();
        assertThat(search.out()).containsPattern("^[1-9]\\d* articles?\n").contains("»Pyongyang«");
        JsonNode json = JSON.readTree(CliRun.of("search", "--data", data(), "--format", "json", "--since",
                "2024-06-24", "banjir").out());
        assertThat(json.path("total").asInt()).isEqualTo(1);
        assertThat(json.path("hits").get(0).path("id").asText()).isEqualTo("j1");
        CliRun bad = CliRun.of("search", "--data", data(), "--since", "kemarin", "x");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).startsWith("warta: --since must be a date");
        CliRun badQuery = CliRun.of("search", "--data", data(), "title:(");
        assertThat(badQuery.status()).isEqualTo(1);
        assertThat(badQuery.err().lines().count()).isEqualTo(1);
        CliRun noStore = CliRun.of("search", "--data", tmp.resolve("nothing").toString(), "x");
        assertThat(noStore.err()).contains("no Warta store here");
    }

    @Test
    @Order(5)
    void watchPollsAndStops() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(folder.resolve("a.txt"), "Kereta anjlok di Bandung\nSebuah kereta anjlok di Bandung pada "
                + "Selasa pagi, tidak ada korban jiwa, kata petugas. Perjalanan lain dialihkan.", StandardCharsets.UTF_8);
        CliRun r = CliRun.of("watch", "--data", data(), "--rounds", "2", "--interval", "1", folder.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).hasSize(2);
        assertThat(r.out().lines().toList().get(0)).contains(" 1 new, ");
        assertThat(r.out().lines().toList().get(1)).contains(" 0 new, 0 already stored");
    }
}
