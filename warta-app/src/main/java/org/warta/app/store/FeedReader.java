package org.warta.app.store;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.warta.extract.RawDocument;
import org.warta.model.Moment;
import org.warta.model.Problem;
import org.xml.sax.InputSource;

/**
 * RSS and Atom feeds (parsed by ROME): each entry's linked page is fetched and handed on as a {@link RawDocument}
 * with its URL, for extraction. Fetches have a timeout and a size cap; an entry whose page cannot be fetched is a
 * {@link Problem}. Entries the caller already has ({@code known}) are not fetched again.
 */
public final class FeedReader {

    /**
     * @param timeout  per request (default 20 s)
     * @param maxBytes largest page or feed accepted (default 8 MiB)
     * @param maxItems entries read per feed (default 200)
     */
    public record Options(Duration timeout, long maxBytes, int maxItems) {
        public static final Options DEFAULT = new Options(Duration.ofSeconds(20), 8L * 1024 * 1024, 200);
    }

    private final Options options;
    private final HttpClient http;

    public FeedReader(Options options) {
        this.options = options;
        this.http = HttpClient.newBuilder().connectTimeout(options.timeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** True for an argument that names a feed by URL. */
    public static boolean isUrl(String arg) {
        return arg.startsWith("http://") || arg.startsWith("https://");
    }

    /** Reads the feed at {@code url}; for each new entry, fetches its page. */
    public void read(String url, Predicate<String> known, Consumer<RawDocument> documents, Consumer<Problem> problems) {
        byte[] feedBytes;
        try {
            feedBytes = fetch(url);
        } catch (IOException e) {
            problems.accept(new Problem(url, "cannot fetch the feed: " + message(e)));
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        readEntries(url, feedBytes, known, documents, problems);
    }

    /** Parses feed bytes (from a URL or a file) and fetches the new entries' pages. */
    public void readEntries(String source, byte[] feedBytes, Predicate<String> known, Consumer<RawDocument> documents,
                            Consumer<Problem> problems) {
        List<String> links = links(source, feedBytes, problems);
        for (String link : links) {
            if (known.test(link)) {
                continue;
            }
            try {
                byte[] page = fetch(link);
                documents.accept(new RawDocument(link, page, Optional.of(link),
                        Optional.of(Moment.of(OffsetDateTime.now(ZoneOffset.UTC)))));
            } catch (IOException e) {
                problems.accept(new Problem(link, "cannot fetch: " + message(e)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The entries' links, in feed order, at most {@code maxItems}. */
    public List<String> links(String source, byte[] feedBytes, Consumer<Problem> problems) {
        SyndFeed feed;
        try {
            SyndFeedInput in = new SyndFeedInput();
            in.setAllowDoctypes(false); // no external entities
            feed = in.build(new InputSource(new ByteArrayInputStream(feedBytes)));
        } catch (FeedException | IllegalArgumentException e) {
            problems.accept(new Problem(source, "not an RSS or Atom feed: " + message(e)));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            if (out.size() >= options.maxItems()) {
                break;
            }
            String link = e.getLink() != null ? e.getLink() : e.getUri();
            if (link != null && isUrl(link.strip())) {
                out.add(link.strip());
            }
        }
        return out;
    }

    private byte[] fetch(String url) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(options.timeout())
                .header("User-Agent", "Warta/0.1 (+news monitoring)").GET().build();
        HttpResponse<InputStream> resp = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = resp.body()) {
            if (resp.statusCode() / 100 != 2) {
                throw new IOException("HTTP " + resp.statusCode());
            }
            byte[] b = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
            if (b.length > options.maxBytes()) {
                throw new IOException("larger than " + options.maxBytes() + " bytes");
            }
            return b;
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }
}
