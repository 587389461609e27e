package org.warta.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The transport's behaviours over raw sockets: keep-alive, pipelining, HEAD, body caps, errors, offloading. */
class WartaServerTransportTest {

    private static final int CAP = 1000;

    private final AtomicInteger bodiesRead = new AtomicInteger();
    private final CountDownLatch slowStarted = new CountDownLatch(1);
    private final CountDownLatch slowRelease = new CountDownLatch(1);
    private WartaServer server;

    private WartaServer start(WartaServer.Options options) {
        List<Route> routes = List.of(
                new Route("GET", "/hello/{name}", false, r -> Response.html(200, "<p>hello " + r.param("name")
                        + (r.query("x").map(x -> " " + x).orElse("")) + "</p>")),
                new Route("POST", "/api/echo", true, r -> {
                    bodiesRead.incrementAndGet();
                    return Response.json(200, "{\"bytes\": " + r.body().length + ", \"thread\": \""
                            + (Thread.currentThread().isVirtual() ? "virtual" : "platform") + "\"}");
                }),
                new Route("POST", "/api/slow", true, r -> {
                    slowStarted.countDown();
                    try {
                        slowRelease.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Response.json(200, "{\"slow\": true}");
                }),
                new Route("GET", "/api/thread", true, r -> Response.json(200, "{\"virtual\": "
                        + Thread.currentThread().isVirtual() + "}")),
                new Route("GET", "/boom", false, r -> {
                    throw new IllegalStateException("secret detail\n\tat Foo.bar(Foo.java:1)");
                }));
        server = new WartaServer(routes, options, new Metrics(),
                (status, message) -> Response.html(status, "<h1>" + status + "</h1><p>" + message + "</p>")).start();
        return server;
    }

    private WartaServer start() {
        return start(new WartaServer.Options(new InetSocketAddress("127.0.0.1", 0), CAP, 64));
    }

    @AfterEach
    void stop() {
        slowRelease.countDown();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void answersWithTheSecurityHeadersAndKeepsTheConnectionForTheNextRequests() throws Exception {
        start();
        assertThat(server.port()).isPositive();
        try (Client c = new Client(server.port())) {
            for (int i = 0; i < 3; i++) {
                c.send("GET /hello/w%C3%A4rta?x=" + i + " HTTP/1.1\r\nHost: x\r\n\r\n");
                Answer a = c.read();
                assertThat(a.status).isEqualTo(200);
                assertThat(a.text()).isEqualTo("<p>hello wärta " + i + "</p>");
                assertThat(a.headers).containsEntry("content-security-policy", WartaServer.CSP)
                        .containsEntry("x-content-type-options", "nosniff").containsEntry("x-frame-options", "DENY")
                        .containsEntry("referrer-policy", "no-referrer").containsEntry("cache-control", "no-store")
                        .containsKey("date").doesNotContainKey("connection");
            }
        }
        assertThat(server.metrics().scrape())
                .contains("warta_http_requests_total{route=\"/hello/{name}\",method=\"GET\",status=\"200\"} 3");
    }

    @Test
    void headHasTheLengthOfTheGetButNoBody() throws Exception {
        start();
        try (Client c = new Client(server.port())) {
            c.send("GET /hello/a HTTP/1.1\r\nHost: x\r\n\r\n");
            Answer get = c.read();
            c.send("HEAD /hello/a HTTP/1.1\r\nHost: x\r\n\r\n");
            Answer head = c.readHead();
            assertThat(head.status).isEqualTo(200);
            assertThat(head.headers.get("content-length")).isEqualTo(Integer.toString(get.body.length));
            // the next answer starts right after the head: no body bytes were sent
            c.send("GET /hello/b HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(c.read().text()).isEqualTo("<p>hello b</p>");
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrderEvenAroundAnOffloadedPost() throws Exception {
        start();
        try (Client c = new Client(server.port())) {
            c.send("GET /hello/1 HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "POST /api/echo HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nabcde"
                    + "GET /hello/2 HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "GET /hello/3 HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(c.read().text()).isEqualTo("<p>hello 1</p>");
            Answer post = c.read();
            assertThat(post.text()).contains("\"bytes\": 5").contains("virtual");
            assertThat(c.read().text()).isEqualTo("<p>hello 2</p>");
            assertThat(c.read().status).isEqualTo(404);
            assertThat(c.read().text()).isEqualTo("<p>hello 3</p>");
        }
    }

    @Test
    void readsRunOnTheEventLoopByDefaultAndOnVirtualThreadsWhenAsked() throws Exception {
        start();
        try (Client c = new Client(server.port())) {
            c.send("GET /api/thread HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(c.read().text()).contains("false");
        }
        server.close();
        start(new WartaServer.Options(new InetSocketAddress("127.0.0.1", 0), CAP, 64, 1,
                WartaServer.ReadHandlers.VIRTUAL_THREADS));
        try (Client c = new Client(server.port())) {
            c.send("GET /api/thread HTTP/1.1\r\nHost: x\r\n\r\nGET /hello/z HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(c.read().text()).contains("true");
            assertThat(c.read().text()).isEqualTo("<p>hello z</p>");
        }
    }

    @Test
    void aSlowPostDoesNotBlockReadsOnOtherConnectionsOfItsEventLoop() throws Exception {
        start(new WartaServer.Options(new InetSocketAddress("127.0.0.1", 0), CAP, 64).withEventLoopThreads(1));
        try (Client slow = new Client(server.port()); Client fast = new Client(server.port())) {
            slow.send("POST /api/slow HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n");
            assertThat(slowStarted.await(5, TimeUnit.SECONDS)).isTrue();
            fast.send("GET /hello/f HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(fast.read().text()).isEqualTo("<p>hello f</p>");
            slowRelease.countDown();
            assertThat(slow.read().text()).contains("slow");
        }
    }

    @Test
    void aDeclaredBodyOverTheCapIs413BeforeAnyByteIsReadAndTheConnectionCloses() throws Exception {
        start();
        try (Client c = new Client(server.port())) {
            c.send("POST /api/echo HTTP/1.1\r\nHost: x\r\nContent-Length: " + (CAP + 1) + "\r\n\r\n");
            Answer a = c.read();
            assertThat(a.status).isEqualTo(413);
            assertThat(a.headers).containsEntry("connection", "close");
            assertThat(a.text()).contains("\"status\":413").contains("limit " + CAP);
            assertThat(c.atEnd()).isTrue();
        }
        assertThat(bodiesRead).hasValue(0);
    }

    @Test
    void aChunkedBodyOverTheCapIs413WhileItArrives() throws Exception {
        start();
        try (Client c = new Client(server.port())) {
            c.send("POST /api/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n");
            String chunk = "x".repeat(600);
            c.send(Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
            c.send(Integer.toHexString(chunk.length()) + "\r\n" + chunk + "\r\n");
            Answer a = c.read();
            assertThat(a.status).isEqualTo(413);
            assertThat(a.headers).containsEntry("connection", "close");
            assertThat(c.atEnd()).isTrue();
        }
        assertThat(bodiesRead).hasValue(0);
        // a body within the cap, chunked, is whole
        try (Client c = new Client(server.port())) {
            c.send("POST /api/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "3\r\nabc\r\n4\r\ndefg\r\n0\r\n\r\n");
            assertThat(c.read().text()).contains("\"bytes\": 7");
        }
    }

    @Test
    void aBodyExactlyAtTheCapIsAcceptedAndExpectContinueIsAnswered() throws Exception {
        start();
        try (Client c = new Client(server.port())) {
            c.send("POST /api/echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: " + CAP + "\r\n\r\n");
            assertThat(c.readHead().status).isEqualTo(100);
            c.send("y".repeat(CAP));
            assertThat(c.read().text()).contains("\"bytes\": " + CAP);
        }
    }

    @Test
    void errorsAreOneLineWithoutStackTraces() throws Exception {
        start();
        try (Client c = new Client(server.port())) {
            c.send("DELETE /api/echo HTTP/1.1\r\nHost: x\r\n\r\n");
            Answer m = c.read();
            assertThat(m.status).isEqualTo(405);
            assertThat(m.text()).contains("allowed: POST");
            c.send("GET /api/none HTTP/1.1\r\nHost: x\r\n\r\n");
            Answer api404 = c.read();
            assertThat(api404.status).isEqualTo(404);
            assertThat(api404.headers.get("content-type")).startsWith("application/json");
            c.send("GET /boom HTTP/1.1\r\nHost: x\r\n\r\n");
            Answer boom = c.read();
            assertThat(boom.status).isEqualTo(500);
            assertThat(boom.text()).contains("internal error").doesNotContain("secret").doesNotContain("Foo.java");
            c.send("GET /hello/%zz HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(c.read().status).isEqualTo(400);
        }
        try (Client c = new Client(server.port())) {
            c.send("GET /hello/" + "a".repeat(WartaServer.MAX_REQUEST_LINE + 10) + " HTTP/1.1\r\nHost: x\r\n\r\n");
            Answer a = c.read();
            assertThat(a.status).isEqualTo(414);
            assertThat(c.atEnd()).isTrue();
        }
        try (Client c = new Client(server.port())) {
            c.send("GARBAGE\r\n\r\n");
            Answer a = c.read();
            assertThat(a.status).isEqualTo(400);
            assertThat(a.text()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void http10WithoutKeepAliveIsClosedAfterItsAnswer() throws Exception {
        start();
        try (Client c = new Client(server.port())) {
            c.send("GET /hello/old HTTP/1.0\r\n\r\n");
            Answer a = c.read();
            assertThat(a.text()).isEqualTo("<p>hello old</p>");
            assertThat(a.headers).containsEntry("connection", "close");
            assertThat(c.atEnd()).isTrue();
        }
        try (Client c = new Client(server.port())) {
            c.send("GET /hello/old HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            assertThat(c.read().headers).containsEntry("connection", "keep-alive");
            c.send("GET /hello/again HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            assertThat(c.read().text()).isEqualTo("<p>hello again</p>");
        }
    }

    @Test
    void manyConcurrentClientsAllGetTheirOwnAnswers() throws Exception {
        start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (var pool = Executors.newFixedThreadPool(16)) {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.1:" + server.port() + "/hello/n" + n)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    return r.statusCode() == 200 && r.body().equals("<p>hello n" + n + "</p>");
                }));
            }
            for (Future<Boolean> f : futures) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    @Test
    void aPortInUseIsOneClearError() {
        start();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new WartaServer(List.of(),
                        new WartaServer.Options(new InetSocketAddress("127.0.0.1", server.port()), CAP, 8),
                        new Metrics(), (s, m) -> Response.html(s, m)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot listen on");
    }

    /** An answer: status, lower-case headers, body. */
    private record Answer(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A raw HTTP/1.1 client over one socket. */
    private static final class Client implements AutoCloseable {
        private final Socket socket;
        private final InputStream in;
        private final OutputStream out;

        Client(int port) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout(10_000);
            in = new java.io.BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }

        void send(String s) throws IOException {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        Answer readHead() throws IOException {
            String status = line();
            Map<String, String> headers = new LinkedHashMap<>();
            for (String h = line(); !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                headers.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
            }
            return new Answer(Integer.parseInt(status.substring(9, 12)), headers, new byte[0]);
        }

        Answer read() throws IOException {
            Answer head = readHead();
            int n = Integer.parseInt(head.headers.getOrDefault("content-length", "0"));
            return new Answer(head.status, head.headers, in.readNBytes(n));
        }

        /** Whether the server closed the connection (end of stream, or a reset after its answer). */
        boolean atEnd() throws IOException {
            try {
                return in.read() < 0;
            } catch (java.net.SocketException e) {
                return true;
            }
        }

        private String line() throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    throw new java.io.EOFException("closed after " + b);
                }
                if (c != '\r') {
                    b.write(c);
                }
            }
            return b.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
