package org.warta.app.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Digest;
import org.warta.model.Disagreement;
import org.warta.model.OnlyInFact;
import org.warta.model.Story;
import org.warta.model.SummarySentence;

class RenderersTest {

    static Digest seeds;

    @BeforeAll
    static void load() throws Exception {
        seeds = SeedDigest.load();
    }

    @Test
    void textHasTheStoryAndCitationsIntoTheSourceList() {
        String text = new TextRenderer().render(seeds);
        Story s = seeds.stories().get(0);
        assertThat(text).contains("WARTA DIGEST: 1 story from 5 articles");
        assertThat(text).contains("Summary", "Only in one outlet", "Where outlets disagree", "Sources");
        assertThat(text).contains("Presiden Korea Utara");
        assertThat(text).contains("[1] ", "[5] ");
        assertThat(text).containsPattern("\\[\\d(,\\d)+\\]");
        assertThat(text.lines()).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(TextRenderer.WIDTH));
        assertThat(text).contains("Quotes", "Vladimir Putin", "Timeline", "2024-06-19");
        assertThat(s.headline()).isNotBlank();
    }

    @Test
    void markdownHasSectionsAndLinkedCitations() {
        String md = new MarkdownRenderer().render(seeds);
        assertThat(md).startsWith("# Warta digest");
        assertThat(md).contains("## 1. ", "### Summary", "### Sources", "](#s1-1)", "<a id=\"s1-1\"></a>");
    }

    @Test
    void htmlIsSelfContainedWithSvgAndMatrix() {
        String html = new HtmlRenderer().render(seeds);
        assertThat(html).startsWith("<!DOCTYPE html>");
        assertThat(html).contains("<svg", "</svg>", "class=\"matrix\"", "Who reported which fact", "Coverage over time");
        assertThat(html).doesNotContain("<script").doesNotContain("src=\"http").doesNotContain("@import");
        assertThat(html).contains("default-src 'none'");
    }

    private static Digest hostile() {
        String evil = "<script>alert(1)</script> \"onmouseover=x' **bold** [link](javascript:alert(1)) \u001b[31mred";
        Article a = new Article("a1", "a1.txt", evil, evil, "id", Optional.of("javascript:alert(1)"),
                Optional.of("<b>Outlet</b>"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of("<i>AP</i>"), List.of(), Optional.empty(), List.of(), List.of(), List.of());
        Article b = new Article("a2", "a2.txt", "t", "x", "id", Optional.of("https://example.org/a?b=1&c=2"),
                Optional.of("B"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), List.of(), Optional.empty(), List.of(), List.of(), List.of());
        Story s = new Story("s", evil, List.of("a1", "a2"), List.of(new SummarySentence(evil, List.of("a1", "a2"))),
                Optional.of("id"), Optional.empty(), List.of("<b>Outlet</b>", "B"), java.util.OptionalInt.of(2),
                List.of(), List.of(), List.of(new OnlyInFact(evil, "a1", "<b>Outlet</b>")),
                List.of(new Disagreement("title", evil, List.of(new Disagreement.Variant(evil, evil, List.of("a1"))))),
                List.of("<i>AP</i>"), List.of(), Optional.empty(), Optional.empty(), List.of());
        return new Digest(List.of(a, b), List.of(s), List.of());
    }

    @Test
    void htmlEscapesEverythingFromArticles() {
        String html = new HtmlRenderer().render(hostile());
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>Outlet").doesNotContain("<i>AP")
                .doesNotContain("href=\"javascript").doesNotContain("\u001b");
        assertThat(html).contains("&lt;script&gt;", "&quot;onmouseover=x&#39;");
        assertThat(html).contains("href=\"https://example.org/a?b=1&amp;c=2\"");
        assertThat(HtmlRenderer.safeUrl("https://x.org/\"onload=")).isFalse();
        assertThat(HtmlRenderer.safeUrl("javascript:alert(1)")).isFalse();
    }

    @Test
    void markdownAndTextNeutraliseArticleMarkup() {
        String md = new MarkdownRenderer().render(hostile());
        assertThat(md).doesNotContain("<script>").doesNotContain("[link](javascript").doesNotContain(" **bold**")
                .doesNotContain("\u001b");
        assertThat(md).contains("\\*\\*bold\\*\\*", "&lt;script&gt;");
        String text = new TextRenderer().render(hostile());
        assertThat(text).doesNotContain("\u001b");
    }

    @Test
    void emptyDigest() {
        Digest empty = new Digest(List.of(), List.of(), List.of());
        assertThat(new TextRenderer().render(empty)).contains("0 stories from 0 articles");
        assertThat(new HtmlRenderer().render(empty)).contains("No stories.");
        assertThat(new MarkdownRenderer().render(empty)).contains("0 stories");
    }
}
