package org.warta.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.warta.extract.vocab.ExtractionVocabulary;

class PaginationRuleTest {
    private final PaginationRule rule = new PaginationRule(ExtractionVocabulary.installed().pageWords(),
            PaginationRule.DEFAULT_MAX_PAGER_CHARS);

    @Test
    void pagerLinesAreRecognisedAndProseIsNot() {
        assertThat(rule.isPagerText("Halaman 2 dari 3")).isTrue();
        assertThat(rule.isPagerText("Page 2 of 3")).isTrue();
        assertThat(rule.isPagerText("Selanjutnya »")).isTrue();
        assertThat(rule.isPagerText("« Previous | Next »")).isTrue();
        assertThat(rule.isPagerText("Hal. 1 2 3 4")).isTrue();
        assertThat(rule.isPagerText("Halaman depan rumah itu dicat ulang.")).isFalse();
        assertThat(rule.isPagerText("Next week the bridge opens.")).isFalse();
        assertThat(rule.isPagerText("2 of 3")).isFalse();
    }

    @Test
    void numberedLinkListsArePagersAndASingleNumberLinkIsNot() {
        Document doc = Jsoup.parse("<body><div id=\"x\"><p>Pada tahun <a href=\"/t\">2024</a> jembatan ditutup.</p>"
                + "<ul class=\"p\"><li><a href=\"?p=1\">1</a></li><li><a href=\"?p=2\">2</a></li>"
                + "<li><a href=\"?p=3\">3</a></li></ul></div></body>");
        assertThat(rule.apply(doc, doc.body(), new ElementStats(doc.body()))).isTrue();
        assertThat(doc.select("ul.p")).isEmpty();
        assertThat(doc.body().text()).contains("2024");
    }
}
