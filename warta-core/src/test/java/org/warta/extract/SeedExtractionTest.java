package org.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warta.model.Article;
import org.warta.model.Moment;

/** The five seed articles (already-scraped text): every boilerplate line gone, every article line kept. */
class SeedExtractionTest {

    private static final WartaExtractor EXTRACTOR = new WartaExtractor();

    static Article extract(String prefix) throws Exception {
        Path p = SharedData.seed(prefix);
        Extraction x = EXTRACTOR.extract(RawDocument.of(p.getFileName().toString(), Files.readAllBytes(p)));
        assertThat(x).isInstanceOf(Extraction.Accepted.class);
        return ((Extraction.Accepted) x).article();
    }

    static List<String> sourceLines(String prefix) throws Exception {
        return Files.readAllLines(SharedData.seed(prefix)).stream().map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void noBoilerplateRemains(String seed) throws Exception {
        Article a = extract(seed);
        String text = a.text();
        List<String> paragraphs = List.of(text.split("\n\n"));
        assertThat(text).doesNotContain("Berita Trending", "Berita Terkait", "Berita Terbaru", "Baca juga",
                "Bagikan", "Notification", "×", "Foto:", "Foto :", "Foto arsip", "Sumber:", "id Berita hari ini",
                "-/Kremlin/dpa", "(ANTARA/KCNA", "Last Updated");
        assertThat(paragraphs).doesNotContain("Iklan", a.title());
        assertThat(paragraphs).noneMatch(p -> p.matches("^- \\d+ .*"));
        assertThat(text).doesNotContain("\n\n\n").doesNotStartWith("\n").doesNotEndWith("\n");
        assertThat(a.language()).isEqualTo(Article.UNDETERMINED);
        assertThat(a.id()).matches("[0-9a-f]{16}");
        assertThat(a.captions()).isNotEmpty();
        for (String c : a.captions()) {
            assertThat(text).doesNotContain(c);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void titleIsTheHeadline(String seed) throws Exception {
        List<String> lines = sourceLines(seed);
        String headline = lines.stream().filter(l -> l.length() > 20).findFirst().orElseThrow();
        assertThat(extract(seed).title()).isEqualTo(headline);
    }

    @Test
    void seed000KeepsTheGluedLeadAndCreditsAntara() throws Exception {
        Article a = extract("000");
        assertThat(a.text()).startsWith("Moskow - Rusia dan Korea Utara sepakat");
        assertThat(a.text()).contains("termasuk dalam bidang ekonomi, politik, dan militer.");
        assertThat(a.text()).doesNotContain("Arsip -", "ASDP Kumpulkan", "OECD");
        assertThat(a.credits()).contains("ANTARA");
        assertThat(a.dateline()).contains("Moskow");
        assertThat(a.captions()).anyMatch(c -> c.contains("Vostochny"));
    }

    @Test
    void seed001OutletAndCnnCredit() throws Exception {
        Article a = extract("001");
        assertThat(a.outlet()).contains("MerahPutih.com");
        assertThat(a.credits()).contains("CNN");
        assertThat(a.text()).startsWith("MerahPutih.com - Presiden Rusia Vladimir Putin");
        assertThat(a.text()).contains("Namun, aliansi tersebut juga menimbulkan banyak pertanyaan",
                "melambai ke arah kerumunan. (ikh)");
        assertThat(a.text()).doesNotContain("Tak Mau Kalah dari Trump", "China Pamer Kekuatan Militer",
                "Kim Jong-un (kiri) dan Putin (kanan)");
    }

    @Test
    void seed002DpaCreditAndCaptionOut() throws Exception {
        Article a = extract("002");
        assertThat(a.credits()).contains("dpa");
        assertThat(a.text()).startsWith("Para pemimpin Rusia dan Korea Utara telah mencapai kesepakatan");
        assertThat(a.text()).endsWith("Kedua negara tersebut membantah adanya kerjasama semacam itu.");
        assertThat(a.text()).doesNotContain("hadir dalam upacara penyambutan di Lapangan Kim Il-Sung");
        List<String> source = sourceLines("002");
        assertThat(List.of(a.text().split("\n\n"))).containsExactlyElementsOf(source.subList(1, source.size() - 1));
    }

    @Test
    void seed003DatesOutletAndCredits() throws Exception {
        Article a = extract("003");
        assertThat(a.title()).isEqualTo(
                "Presiden Rusia Vladimir Putin Teken Kerja Sama Pertahanan Bersama Kim Jong Un di Korea Utara");
        assertThat(a.published()).contains(new Moment(LocalDate.of(2024, 6, 20), Optional.of(LocalTime.of(11, 33)),
                Optional.of(ZoneOffset.ofHours(7))));
        assertThat(a.published().orElseThrow().toString()).isEqualTo("2024-06-20T11:33:00+07:00");
        assertThat(a.modified().orElseThrow().toString()).isEqualTo("2024-06-20T04:33:29Z");
        assertThat(a.outlet()).contains("RADARDETIK.ID");
        assertThat(a.credits()).contains("Reuters", "BBC");
        assertThat(a.text()).startsWith("RADARDETIK.ID – Hubungan yang panas");
        assertThat(a.text()).contains("kata Jean-Pierre.");
        assertThat(a.text()).doesNotContain("Thursday", "Iklan");
    }

    @Test
    void seed004KeepsEveryParagraphUpToUshakov() throws Exception {
        Article a = extract("004");
        assertThat(a.credits()).contains("ANTARA", "Anadolu");
        assertThat(a.dateline()).contains("Moskoww");
        assertThat(a.text()).startsWith("Moskoww (ANTARA) - Rusia dan Korea Utara (Korut) pada Rabu");
        assertThat(a.text()).endsWith("stabilitas yang lebih besar di kawasan Asia Timur Laut.");
        List<String> expected = sourceLines("004").stream()
                .dropWhile(l -> !l.startsWith("Moskoww"))
                .takeWhile(l -> !l.startsWith("Baca juga"))
                .toList();
        assertThat(expected).hasSize(9);
        assertThat(List.of(a.text().split("\n\n"))).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void sameInputSameId(String seed) throws Exception {
        assertThat(extract(seed).id()).isEqualTo(extract(seed).id());
    }
}
