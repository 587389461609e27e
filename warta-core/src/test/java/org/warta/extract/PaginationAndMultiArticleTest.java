package org.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;

/** Pagers stay out of the text (PaginationRule); of several articles on a page only the main one is kept (MainArticleRule). */
class PaginationAndMultiArticleTest {

    private static final String ID_1 = "Pemerintah kota memutuskan pada hari Selasa untuk membangun kembali jembatan sungai yang lama "
            + "sebelum musim hujan, setelah para insinyur menemukan retakan pada dua pilarnya dalam pemeriksaan bulan lalu.";
    private static final String ID_2 = "Pekerjaan dijadwalkan dimulai pada bulan Mei dan berlangsung selama empat bulan, sementara "
            + "warga diminta memakai jembatan darurat di sebelah utara pasar ikan yang dibangun oleh tentara.";
    private static final String EN_1 = "The council voted on Tuesday to rebuild the old river bridge before the rainy season, "
            + "after engineers found cracks in two of its piers during an inspection last month.";
    private static final String EN_2 = "Work is planned to start in May and to last four months, while residents are asked "
            + "to use a temporary crossing north of the fish market that soldiers put up last week.";

    private static Article extract(String html) {
        Extraction x = new WartaExtractor().extract(RawDocument.of("page.html", html.getBytes(StandardCharsets.UTF_8)));
        assertThat(x).isInstanceOf(Extraction.Accepted.class);
        return ((Extraction.Accepted) x).article();
    }

    private static String page(String head, String body) {
        return "<html><head><title>Jembatan</title>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void indonesianPagerWithNumberedLinksIsRemoved() {
        String html = page("<link rel=\"next\" href=\"/berita/jembatan?page=2\">",
                "<div class=\"isi\"><p>" + ID_1 + "</p>"
                + "<div class=\"halaman-box\"><span>Halaman 1 dari 3</span> <a href=\"?page=2\">2</a> "
                + "<a href=\"?page=3\">3</a> <a rel=\"next\" href=\"?page=2\">Selanjutnya »</a></div>"
                + "<p>" + ID_2 + "</p><p>" + ID_1.toUpperCase() + "</p></div>");
        String text = extract(html).text();
        assertThat(text).contains(ID_1).contains(ID_2)
                .doesNotContain("Halaman 1").doesNotContain("Selanjutnya").doesNotContainPattern("(?m)^\\s*2\\s+3");
    }

    @Test
    void englishTextOnlyPagerLineIsRemovedButProseWithPageWordsStays() {
        String prose = "Page after page of the report, the engineers listed the next steps for the bridge and the "
                + "first of them is to close it to lorries.";
        String html = page("", "<div class=\"story\"><p>" + EN_1 + "</p><p>Page 2 of 3</p><p>" + prose + "</p>"
                + "<p><a href=\"/a?p=1\">« Previous</a> | <a href=\"/a?p=3\">Next »</a></p><p>" + EN_2 + "</p></div>");
        String text = extract(html).text();
        assertThat(text).contains(EN_1).contains(prose).contains(EN_2)
                .doesNotContain("Page 2 of 3").doesNotContain("Previous").doesNotContain("Next »");
    }

    @Test
    void singleNumberLinkIsNotTakenForAPagerWithoutANextPage() {
        String withLink = "Pada tahun <a href=\"/tag/2024\">2024</a> saja, jembatan itu sudah diperbaiki tiga kali oleh "
                + "dinas pekerjaan umum dengan biaya yang terus naik setiap kali retakan baru ditemukan oleh warga.";
        String html = page("", "<div class=\"isi\"><p>" + ID_1 + "</p><p>" + withLink + "</p><p>" + ID_2 + "</p></div>");
        assertThat(extract(html).text()).contains("2024 saja");
    }

    @Test
    void theArticleMatchingTheHeadlineIsKeptAndOtherArticlesAreNot() {
        String teaserA = "Harga cabai rawit di pasar induk naik dua kali lipat dalam sepekan karena panen yang gagal di "
                + "beberapa daerah penghasil utama, kata para pedagang yang ditemui pada Senin pagi di kota itu.";
        String teaserB = "Tim sepak bola kota itu menang tipis dalam laga tandang terakhir musim ini dan memastikan tempat "
                + "di babak gugur setelah menunggu hasil pertandingan lain yang selesai larut malam tadi.";
        String html = "<html><head><title>Kota bangun ulang jembatan sungai - Warta Kota</title>"
                + "<meta property=\"og:title\" content=\"Kota bangun ulang jembatan sungai\"></head><body>"
                + "<article><h2>Harga cabai melonjak</h2><p>" + teaserA + " " + teaserA + "</p></article>"
                + "<article><h1>Kota bangun ulang jembatan sungai</h1><p>" + ID_1 + "</p><p>" + ID_2 + "</p></article>"
                + "<article><h2>Tim kota lolos ke babak gugur</h2><p>" + teaserB + " " + teaserB + " " + teaserB
                + "</p></article></body></html>";
        Article a = extract(html);
        assertThat(a.text()).contains(ID_1).contains(ID_2).doesNotContain("cabai").doesNotContain("sepak bola");
    }

    @Test
    void withoutAMatchingHeadlineTheLongestArticleIsKept() {
        String shortOne = "A short note on the weather: light rain in the afternoon and a cool evening by the sea, "
                + "the forecasters said on Monday in their weekly outlook for the coast.";
        String html = "<html><head><title>Weekly round-up</title></head><body>"
                + "<article><h2>Weather</h2><p>" + shortOne + "</p></article>"
                + "<article><h2>Bridge to be rebuilt</h2><p>" + EN_1 + "</p><p>" + EN_2 + "</p><p>" + EN_1 + "</p></article>"
                + "</body></html>";
        String text = extract(html).text();
        assertThat(text).contains(EN_1).contains(EN_2).doesNotContain("forecasters");
    }

    @Test
    void anArticleNestedInTheMainOneIsPartOfIt() {
        String html = "<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1><p>" + EN_1 + "</p>"
                + "<article class=\"quote\"><p>" + EN_2 + "</p></article></article></body></html>";
        assertThat(extract(html).text()).contains(EN_1).contains(EN_2);
    }

    @Test
    void aHeaderOnlyArticleWithTheHeadlineKeepsTheTextInTheNextArticle() {
        String html = "<html><head><title>Bridge to be rebuilt</title></head><body>"
                + "<article><h1>Bridge to be rebuilt</h1><p>20 June 2024</p></article>"
                + "<article><p>" + EN_1 + "</p><p>" + EN_2 + "</p></article></body></html>";
        assertThat(extract(html).text()).contains(EN_1).contains(EN_2);
    }
}
