package org.warta.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;

/** Small hand-written pages (gzipped fixtures) with the usual news-page clutter. */
class GoldenHtmlTest {
    private static final WartaExtractor EXTRACTOR = new WartaExtractor();

    static Article extract(String name, Optional<String> url) throws Exception {
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(GoldenHtmlTest.class.getResourceAsStream("golden/" + name))) {
            bytes = in.readAllBytes();
        }
        Extraction x = EXTRACTOR.extract(new RawDocument(name.replace(".gz", ""), bytes, url, Optional.empty()));
        assertThat(x).isInstanceOf(Extraction.Accepted.class);
        return ((Extraction.Accepted) x).article();
    }

    @Test
    void indonesianNewsPage() throws Exception {
        Article a = extract("kabar-contoh-banjir.html.gz", Optional.empty());
        assertThat(a.title()).isEqualTo("Banjir Rendam Tiga Kecamatan di Kota Contoh");
        assertThat(a.text()).startsWith("Kota Contoh (ANTARA) - Banjir merendam tiga kecamatan");
        assertThat(a.text()).contains("ketinggian air mencapai 80 sentimeter",
                "\"Kami sudah mengerahkan perahu karet", "sebanyak 1.250 warga telah mengungsi",
                "Seperti dikutip dari Reuters, curah hujan");
        assertThat(a.text().split("\n\n")).hasSize(5);
        assertThat(a.text()).doesNotContain("Baca juga", "Hujan deras diperkirakan", "Bagikan", "Iklan", "Promo",
                "Berita Terkait", "Gotong Royong", "Semoga cepat surut", "drainase", "Terpopuler", "Harga Cabai",
                "Hak cipta", "Beranda", "Warga melintasi genangan", "banjir bpbd");
        assertThat(a.captions()).anyMatch(c -> c.startsWith("Warga melintasi genangan di Jalan Merdeka"));
        assertThat(a.published().orElseThrow().toString()).isEqualTo("2024-06-20T11:33:00+07:00");
        assertThat(a.modified().orElseThrow().toString()).isEqualTo("2024-06-20T13:05:00+07:00");
        assertThat(a.outlet()).contains("Kabar Contoh");
        assertThat(a.byline()).contains("Sari Lestari");
        assertThat(a.url()).contains("https://kabar.example.id/daerah/2024/06/20/banjir-rendam-tiga-kecamatan");
        assertThat(a.dateline()).contains("Kota Contoh");
        assertThat(a.credits()).contains("ANTARA", "Reuters");
    }

    @Test
    void undeclaredWindows1252Page() throws Exception {
        Article a = extract("riverside-market-cp1252.html.gz", Optional.of("https://gazette.example.org/news/market"));
        assertThat(a.title()).isEqualTo("Café owners welcome the new market hall");
        assertThat(a.text()).startsWith("Riverside – The owners of the small cafés along Mill Street");
        assertThat(a.text()).contains("“On Saturdays we now serve twice as many customers",
                "Council members said on Wednesday");
        assertThat(a.text()).doesNotContain("Share on", "Most read", "Bridge repairs", "Privacy", "Home");
        assertThat(a.byline()).contains("Tom Müller");
        assertThat(a.published().orElseThrow().toString()).isEqualTo("2023-03-02T08:15:00Z");
        assertThat(a.url()).contains("https://gazette.example.org/news/market");
    }
}
