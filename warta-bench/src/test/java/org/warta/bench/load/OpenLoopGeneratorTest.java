package org.warta.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OpenLoopGeneratorTest {

    /** Runs the generator against a loopback server whose handler stalls once; returns RESULT lines by kind. */
    private static Map<String, Map<String, String>> run(long stallMillis, double rate, int seconds) throws Exception {
        return run(stallMillis, rate, seconds, List.of("/search?q=a", "/stories/x"));
    }

    private static Map<String, Map<String, String>> run(long stallMillis, double rate, int seconds, List<String> paths)
            throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
        AtomicInteger served = new AtomicInteger();
        long t0 = System.nanoTime();
        // one thread: a stall holds up every request behind it, as a saturated server does
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.createContext("/", ex -> {
            if (stallMillis > 0 && served.incrementAndGet() == (int) (rate * 1.5)) {
                try {
                    Thread.sleep(stallMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] body = ("ok " + ex.getRequestURI()).getBytes(StandardCharsets.UTF_8);
            int status = ex.getRequestURI().getPath().equals("/missing") ? 404 : 200;
            if (ex.getRequestURI().getPath().equals("/close")) {
                ex.getResponseHeaders().set("Connection", "close");
            }
            // a chunked answer for /chunked (length 0 means chunked to the JDK server)
            ex.sendResponseHeaders(status, ex.getRequestURI().getPath().equals("/chunked") ? 0 : body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            var settings = new OpenLoopGenerator.Settings("127.0.0.1", server.getAddress().getPort(),
                    paths, rate, 4, seconds, 1, 5_000);
            new OpenLoopGenerator(settings).run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            Map<String, Map<String, String>> out = new HashMap<>();
            String text = bytes.toString(StandardCharsets.UTF_8);
            assertThat(text).contains("MEASURE-START", "MEASURE-END");
            for (String line : text.lines().filter(l -> l.startsWith("RESULT ")).toList()) {
                String[] parts = line.split(" ");
                Map<String, String> kv = new HashMap<>();
                for (int i = 2; i < parts.length; i++) {
                    String[] e = parts[i].split("=", 2);
                    kv.put(e[0], e[1]);
                }
                out.put(parts[1], kv);
            }
            return out;
        } finally {
            server.stop(0);
        }
    }

    @Test
    void sendsAtTheScheduledRateOverKeepAliveConnections() throws Exception {
        var r = run(0, 100, 2);
        assertThat(Integer.parseInt(r.get("all").get("count"))).isEqualTo(200);
        assertThat(Integer.parseInt(r.get("search").get("count"))).isEqualTo(100);
        assertThat(Integer.parseInt(r.get("other").get("count"))).isEqualTo(100);
        assertThat(r.get("totals").get("errors")).isEqualTo("0");
        assertThat(r.get("totals").get("reconnects")).isEqualTo("0");
        assertThat(Double.parseDouble(r.get("all").get("achieved_rate"))).isBetween(90.0, 101.0);
    }

    /**
     * A one-second stall: every request due during it waits, and each is charged from its scheduled time, so the
     * stall shows in the high percentiles (a closed loop would record it once per connection).
     */
    @Test
    void chargesAStallToEveryRequestDueDuringIt() throws Exception {
        var r = run(1_000, 100, 3);
        var all = r.get("all");
        assertThat(Integer.parseInt(all.get("count"))).isEqualTo(300);
        assertThat(Double.parseDouble(all.get("p90"))).isGreaterThan(200.0);
        assertThat(Double.parseDouble(all.get("max"))).isBetween(900.0, 2_000.0);
        assertThat(Double.parseDouble(all.get("p50"))).isLessThan(100.0);
    }

    @Test
    void readsChunkedAnswersReconnectsAfterConnectionCloseAndCountsBadStatus() throws Exception {
        var r = run(0, 100, 2, List.of("/chunked", "/close", "/missing", "/stories/y"));
        assertThat(Integer.parseInt(r.get("all").get("count"))).isEqualTo(200);
        var totals = r.get("totals");
        // a quarter of the 300 answers (warm-up included) close their connection; the generator opens a new one
        assertThat(Integer.parseInt(totals.get("reconnects"))).isBetween(65, 85);
        assertThat(Integer.parseInt(totals.get("bad_status"))).isBetween(65, 85);
        assertThat(totals.get("errors")).isEqualTo(totals.get("bad_status"));
        assertThat(totals.get("timeouts")).isEqualTo("0");
    }

    @Test
    void theParserTakesAnswersInAnyPieces() throws Exception {
        byte[] answer = ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n"
                + "3;x=y\r\nabc\r\n0\r\nTrailer: t\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        for (int piece = 1; piece <= answer.length; piece++) {
            var p = new OpenLoopGenerator.ResponseParser();
            p.reset();
            int status = -1;
            for (int at = 0; at < answer.length; at += piece) {
                assertThat(status).isEqualTo(-1);
                status = p.feed(java.nio.ByteBuffer.wrap(answer, at, Math.min(piece, answer.length - at)));
            }
            assertThat(status).isEqualTo(200);
            assertThat(p.bodyBytes()).isEqualTo(8);
            assertThat(p.mustClose()).isFalse();
        }
        var p = new OpenLoopGenerator.ResponseParser();
        p.reset();
        assertThat(p.feed(java.nio.ByteBuffer.wrap("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.0 404 No\r\nContent-Length: 2\r\n\r\nno"
                .getBytes(StandardCharsets.US_ASCII)))).isEqualTo(404);
        assertThat(p.mustClose()).isTrue();
    }

    @Test
    void refusesTargetsOffLoopbackAndMissingOptions() {
        assertThatThrownBy(() -> new OpenLoopGenerator.Settings("10.1.2.3", 80, List.of("/"), 1, 1, 1, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a loopback address");
        assertThatThrownBy(() -> OpenLoopGenerator.parse(new String[] {"--rate", "10"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--port and --paths");
    }
}
