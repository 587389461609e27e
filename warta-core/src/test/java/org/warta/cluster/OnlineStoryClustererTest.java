package org.warta.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.warta.model.Article;
import org.warta.model.Moment;

class OnlineStoryClustererTest {

    private static final String QUAKE = "Gempa bumi bermagnitudo 6,1 mengguncang Kabupaten Pandeglang, Banten, pada "
            + "Selasa. Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat pusat gempa berada di laut, 38 "
            + "kilometer barat daya Pandeglang. Kepala BPBD Pandeglang Agus Supriatna menyebutkan 230 rumah rusak.";

    private static Article article(String id, String title, String text, String lang, LocalDate day) {
        return Article.of(id, id, title, text).withLanguage(lang)
                .withPublished(Optional.ofNullable(day).map(Moment::ofDate));
    }

    /** Up to n ECB+ documents from ../shared (English, undated). */
    static List<Article> ecb(int n) throws Exception {
        Path docs = ExampleCorpus.shared().resolve("eval/clustering/ecbplus/docs");
        List<Article> out = new ArrayList<>();
        try (var files = Files.list(docs)) {
            for (Path p : files.sorted().limit(n).toList()) {
                String all = Files.readString(p);
                int nl = all.indexOf('\n');
                String id = p.getFileName().toString();
                out.add(Article.of(id, id, all.substring(0, nl), all.substring(nl + 1)).withLanguage("en"));
            }
        }
        return out;
    }

    @Test
    void emptyInputAndEmptyTextAreFine() {
        OnlineStoryClusterer c = new OnlineStoryClusterer();
        assertThat(c.assignAll(List.of())).isEmpty();
        String a = c.assign(article("a", "", "", "und", null));
        String b = c.assign(article("b", "", "", "und", null));
        assertThat(a).isEqualTo("a");
        assertThat(b).isEqualTo("b"); // nothing to go by: no story is joined
        assertThat(c.liveStories()).isEqualTo(2);
    }

    @Test
    void sameEventJoinsAndStoryKeyIsTheFirstArticle() {
        OnlineStoryClusterer c = new OnlineStoryClusterer();
        LocalDate d = LocalDate.of(2026, 3, 10);
        assertThat(c.assign(article("x1", "Gempa guncang Pandeglang", QUAKE, "id", d))).isEqualTo("x1");
        assertThat(c.assign(article("x2", "Gempa M 6,1 di Banten", QUAKE.replace("230", "231"), "id", d)))
                .isEqualTo("x1");
        assertThat(c.assign(article("x3", "Harga beras naik menjelang Lebaran",
                "Harga beras medium di pasar tradisional Jakarta naik menjadi Rp14.000 per kilogram menjelang "
                        + "Lebaran, kata pedagang di Pasar Induk Cipinang.", "id", d))).isEqualTo("x3");
    }

    @Test
    void storiesRetireAfterTheQuietWindow() {
        OnlineStoryClusterer c = new OnlineStoryClusterer();
        LocalDate d = LocalDate.of(2026, 3, 10);
        c.assign(article("q1", "Gempa guncang Pandeglang", QUAKE, "id", d));
        assertThat(c.assign(article("q2", "Gempa guncang Pandeglang", QUAKE, "id", d.plusDays(3)))).isEqualTo("q1");
        // 3 days after q2: still live; 5 days after the last article: retired, the same text opens a new story
        assertThat(c.assign(article("q3", "Gempa guncang Pandeglang", QUAKE, "id", d.plusDays(6)))).isEqualTo("q1");
        assertThat(c.assign(article("q4", "Gempa guncang Pandeglang", QUAKE, "id", d.plusDays(11)))).isEqualTo("q4");
        assertThat(c.liveStories()).isEqualTo(1);
        OnlineStoryClusterer shortWindow = new OnlineStoryClusterer(
                ClusteringSettings.defaults().withQuietWindow(Duration.ofDays(1)));
        shortWindow.assign(article("q1", "Gempa guncang Pandeglang", QUAKE, "id", d));
        assertThat(shortWindow.assign(article("q2", "Gempa guncang Pandeglang", QUAKE, "id", d.plusDays(3))))
                .isEqualTo("q2");
    }

    @Test
    void aStoryStopsAtItsMaximumDuration() {
        OnlineStoryClusterer c = new OnlineStoryClusterer();
        LocalDate d = LocalDate.of(2026, 3, 1);
        List<String> keys = new ArrayList<>();
        for (int day = 0; day <= 12; day++) {
            keys.add(c.assign(article("d" + day, "Gempa guncang Pandeglang", QUAKE, "id", d.plusDays(day))));
        }
        // one article a day keeps the story alive for its 10 days; the 11th day opens a new one
        assertThat(keys.subList(0, 11)).containsOnly("d0");
        assertThat(keys.subList(11, 13)).containsOnly("d11");
        assertThat(c.liveStories()).isEqualTo(1);
    }

    @Test
    void shuffledBatchGivesTheSameStories() throws Exception {
        List<Article> docs = ecb(160);
        Map<String, String> expected = new OnlineStoryClusterer().assignAll(docs);
        List<Article> shuffled = new ArrayList<>(docs);
        Collections.shuffle(shuffled, new Random(20240619L));
        assertThat(new OnlineStoryClusterer().assignAll(shuffled)).isEqualTo(expected);
        assertThat(new java.util.HashSet<>(expected.values()).size()).isBetween(5, 159);
    }

    @Test
    void restoringASnapshotContinuesAsIfNeverStopped() throws Exception {
        List<Article> docs = OnlineStoryClusterer.publicationOrder(ecb(200));
        // give them dates so that retirement state is part of the snapshot
        List<Article> dated = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            dated.add(docs.get(i).withPublished(Optional.of(Moment.ofDate(LocalDate.of(2024, 1, 1).plusDays(i / 40)))));
        }
        OnlineStoryClusterer straight = new OnlineStoryClusterer();
        Map<String, String> expected = new LinkedHashMap<>();
        dated.forEach(a -> expected.put(a.id(), straight.assign(a)));

        OnlineStoryClusterer first = new OnlineStoryClusterer();
        Map<String, String> got = new LinkedHashMap<>();
        dated.subList(0, 110).forEach(a -> got.put(a.id(), first.assign(a)));
        OnlineStoryClusterer second = OnlineStoryClusterer.restore(first.snapshot());
        dated.subList(110, 150).forEach(a -> got.put(a.id(), second.assign(a)));
        // and through plain Java serialisation, as the pipeline's StoryStream does
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(second);
        }
        OnlineStoryClusterer third;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            third = (OnlineStoryClusterer) in.readObject();
        }
        dated.subList(150, dated.size()).forEach(a -> got.put(a.id(), third.assign(a)));
        assertThat(got).isEqualTo(expected);
        assertThat(third.liveStories()).isEqualTo(straight.liveStories());
    }

    @Test
    void garbageIsNotASnapshot() {
        assertThatThrownBy(() -> OnlineStoryClusterer.restore(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> ClusteringSettings.defaults().withQuietWindow(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
