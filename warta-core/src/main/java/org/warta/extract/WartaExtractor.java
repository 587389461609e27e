package org.warta.extract;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.warta.extract.date.DateParser;
import org.warta.extract.decode.ContentDecoder;
import org.warta.extract.decode.DecodedText;
import org.warta.extract.html.HtmlExtractor;
import org.warta.extract.html.HtmlResult;
import org.warta.extract.text.CleanText;
import org.warta.extract.text.ScrapedTextExtractor;
import org.warta.extract.vocab.ExtractionVocabulary;
import org.warta.model.Article;

/**
 * Warta's article extractor: bytes in, an {@link Article} (clean body, captions apart, metadata) or a one-line
 * reason out. Decodes ({@link ContentDecoder}), tells HTML from scraped text, then runs either the HTML extractor
 * ({@link HtmlExtractor}: metadata, boilerplate removal, content scoring) or the scraped-text rule chain
 * ({@link ScrapedTextExtractor}). Stateless and thread-safe.
 */
public final class WartaExtractor implements ArticleExtractor {

    private final ExtractionSettings settings;
    private final ContentDecoder decoder;
    private final ScrapedTextExtractor textExtractor;
    private final HtmlExtractor htmlExtractor;

    /** An extractor with {@link ExtractionSettings#DEFAULTS} and every installed language pack. */
    public WartaExtractor() {
        this(ExtractionSettings.DEFAULTS);
    }

    public WartaExtractor(ExtractionSettings settings) {
        this.settings = settings;
        ExtractionVocabulary vocabulary = ExtractionVocabulary.installed();
        DateParser dates = new DateParser(vocabulary);
        this.decoder = new ContentDecoder(settings.sniffBytes());
        this.textExtractor = new ScrapedTextExtractor(vocabulary, dates);
        this.htmlExtractor = new HtmlExtractor(settings, vocabulary, dates, textExtractor);
    }

    @Override
    public Extraction extract(RawDocument document) {
        byte[] bytes = document.content();
        String source = document.source();
        if (bytes.length == 0) {
            return new Extraction.Rejected(source, "empty file");
        }
        if (bytes.length > settings.maxBytes()) {
            return new Extraction.Rejected(source, "too large: " + bytes.length + " bytes (limit "
                    + settings.maxBytes() + ")");
        }
        DecodedText decoded = decoder.decode(bytes, source);
        String id = id(bytes);
        return switch (decoded.kind()) {
            case BINARY -> new Extraction.Rejected(source, "binary content, not text or HTML");
            case TEXT -> fromText(id, document, decoded.text());
            case HTML -> fromHtml(id, document, decoded.text());
        };
    }

    private Extraction fromText(String id, RawDocument doc, String text) {
        if (text.isBlank()) {
            return new Extraction.Rejected(doc.source(), "empty file (only white space)");
        }
        CleanText c = textExtractor.clean(text.lines().toList(), doc.referenceTime());
        if (c.body().isEmpty()) {
            return new Extraction.Rejected(doc.source(), "no article text found (only a headline or boilerplate)");
        }
        return new Extraction.Accepted(new Article(id, doc.source(), c.title(), String.join("\n\n", c.body()),
                Article.UNDETERMINED, doc.url(), c.outlet(), c.published(), c.modified(), c.byline(), c.dateline(),
                c.credits(), c.captions(), Optional.empty(), List.of(), List.of(), List.of()));
    }

    private Extraction fromHtml(String id, RawDocument doc, String html) {
        HtmlResult r = htmlExtractor.extract(html, doc.url(), doc.referenceTime());
        if (r.paragraphs().isEmpty()) {
            return new Extraction.Rejected(doc.source(), "no article text found in the HTML (" + r.why() + ")");
        }
        return new Extraction.Accepted(new Article(id, doc.source(), r.title(), String.join("\n\n", r.paragraphs()),
                Article.UNDETERMINED, r.url(), r.outlet(), r.published(), r.modified(), r.byline(), r.dateline(),
                r.credits(), r.captions(), Optional.empty(), List.of(), List.of(), List.of()));
    }

    /** A SHA-256 digest never used itself, only cloned (cheaper than looking the algorithm up for every page). */
    private static final MessageDigest SHA_256 = sha256();

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** 16 lower-case hex characters of the SHA-256 of the raw bytes. */
    static String id(byte[] bytes) {
        MessageDigest md;
        try {
            md = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            md = sha256();
        }
        byte[] h = md.digest(bytes);
        return HexFormat.of().formatHex(h, 0, 8);
    }

    /** Decodes bytes as this extractor would (for tools that show the decoded page). */
    public String decode(byte[] bytes, String source) {
        DecodedText d = decoder.decode(bytes, source);
        return d.kind() == org.warta.extract.decode.ContentKind.BINARY ? new String(bytes, StandardCharsets.ISO_8859_1)
                : d.text();
    }
}
