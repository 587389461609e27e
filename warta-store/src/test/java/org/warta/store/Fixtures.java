package org.warta.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.warta.model.Article;
import org.warta.model.DateMention;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.Moment;
import org.warta.model.Quote;
import org.warta.model.Story;
import org.warta.model.StoryEntity;
import org.warta.model.StoryQuote;
import org.warta.model.SummarySentence;

/** Articles and stories for store tests. */
final class Fixtures {

    private static final String[] WORDS = ("rusia korea utara perjanjian kerja sama militer ekonomi presiden "
            + "menteri pemerintah banjir jakarta gempa bumi harga beras pasar saham bank sentral inflasi pemilu "
            + "partai suara kampanye sekolah guru murid rumah sakit dokter pasien vaksin jalan tol kereta").split(" ");

    private Fixtures() {
    }

    static Article article(String id, String outlet, String title, String text, OffsetDateTime published) {
        return new Article(id, "test/" + id + ".html", title, text, "id",
                Optional.of("https://www." + outlet.toLowerCase() + ".example/" + id),
                Optional.of(outlet), Optional.of(Moment.of(published)), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), List.of(), Optional.empty(), List.of(), List.of(), List.of());
    }

    /** An article with entities, quotes and dates over its text. */
    static Article analysed(String id, String outlet, OffsetDateTime published) {
        String text = "Presiden Vladimir Putin bertemu Kim Jong Un di Pyongyang pada Rabu (19/6). "
                + "\"Perjanjian ini bersifat defensif,\" kata Kim Jong Un kepada wartawan " + id + ".";
        int putin = text.indexOf("Vladimir Putin");
        int kim = text.indexOf("Kim Jong Un");
        int kim2 = text.lastIndexOf("Kim Jong Un");
        int q = text.indexOf("Perjanjian");
        int qe = text.indexOf(",\"");
        int d = text.indexOf("Rabu (19/6)");
        return new Article(id, "test/" + id, "Putin dan Kim teken perjanjian " + id, text, "id",
                Optional.of("https://" + outlet.toLowerCase() + ".example/news/" + id), Optional.of(outlet),
                Optional.of(Moment.of(published)), Optional.of(Moment.of(LocalDateTime.of(2024, 6, 20, 8, 0))),
                Optional.of("Tim " + outlet), Optional.of("Moskow"), List.of("ANTARA"), List.of("Foto: Kremlin"),
                Optional.empty(),
                List.of(new Entity("Vladimir Putin", EntityType.PERSON,
                                List.of(new Mention("Vladimir Putin", putin, putin + 14))),
                        new Entity("Kim Jong Un", EntityType.PERSON, List.of(
                                new Mention("Kim Jong Un", kim, kim + 11), new Mention("Kim Jong Un", kim2, kim2 + 11))),
                        new Entity("Pyongyang", EntityType.LOCATION, List.of(new Mention("Pyongyang",
                                text.indexOf("Pyongyang"), text.indexOf("Pyongyang") + 9)))),
                List.of(new Quote(text.substring(q, qe), Optional.of("Kim Jong Un"), q, qe, false)),
                List.of(new DateMention("Rabu (19/6)", "2024-06-19", d, d + 11)));
    }

    static Story story(String id, String headline, List<String> articles, List<String> outlets,
                       OffsetDateTime last, int sources, List<StoryEntity> entities) {
        return new Story(id, headline, articles,
                List.of(new SummarySentence(headline + ".", articles)), Optional.of("id"),
                Optional.of(last.toLocalDate().toString()), outlets, OptionalInt.of(sources), entities,
                List.of(new StoryQuote(Optional.of("Kim Jong Un"), "Perjanjian ini bersifat defensif", articles, false)),
                List.of(), List.of(), List.of(), List.of(), Optional.of(Moment.of(last.minusHours(3))),
                Optional.of(Moment.of(last)), List.of());
    }

    static OffsetDateTime at(int day, int hour) {
        return OffsetDateTime.of(2024, 6, day, hour, 0, 0, 0, ZoneOffset.ofHours(7));
    }

    /** A random article of {@code words} words; reproducible from the seed. */
    static Article random(Random rnd, String id, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(WORDS[rnd.nextInt(WORDS.length)]).append(i % 12 == 11 ? ". " : " ");
        }
        String outlet = "outlet" + rnd.nextInt(20);
        return new Article(id, "gen/" + id, WORDS[rnd.nextInt(WORDS.length)] + " " + id, sb.toString().strip(),
                rnd.nextBoolean() ? "id" : "en", Optional.of("https://" + outlet + ".example/" + id),
                Optional.of(outlet), Optional.of(Moment.ofDate(LocalDate.of(2024, 1, 1).plusDays(rnd.nextInt(300)))),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty(),
                List.of(), List.of(), List.of());
    }
}
