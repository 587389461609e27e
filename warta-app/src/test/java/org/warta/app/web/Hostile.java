package org.warta.app.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.warta.model.Article;
import org.warta.model.DateMention;
import org.warta.model.Disagreement;
import org.warta.model.Entity;
import org.warta.model.EntityType;
import org.warta.model.Mention;
import org.warta.model.Moment;
import org.warta.model.OnlyInFact;
import org.warta.model.Quote;
import org.warta.model.Story;
import org.warta.model.StoryEntity;
import org.warta.model.StoryQuote;
import org.warta.model.SummarySentence;
import org.warta.model.TimelineEvent;

/** An article and a story whose every field is an attack on the page that shows it. */
final class Hostile {

    static final String SCRIPT = "<script>window.__pwned='script'</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned='img'\">";
    static final String SVG = "\"><svg onload=\"window.__pwned='svg'\">";
    static final String JS_LINK = "<a href=\"javascript:window.__pwned='link'\">klik</a>";
    static final String ATTR = "' onmouseover='window.__pwned=1' x='";
    static final String EVIL_NAME = "Evil<script>window.__pwned='entity'</script>";

    private Hostile() {
    }

    static Article article() {
        String text = "Pembukaan " + SCRIPT + " lalu " + IMG + ".\n\nParagraf dua " + JS_LINK + " dan " + SVG
                + " oleh " + EVIL_NAME + " yang berkata \"" + ATTR + "\" kepada wartawan.";
        int ev = text.indexOf(EVIL_NAME);
        int q = text.indexOf(ATTR);
        return new Article("evil-1", "evil/" + SCRIPT, "Judul " + SCRIPT + IMG, text, "id\"><script>x</script>",
                Optional.of("javascript:window.__pwned='url'"), Optional.of("<b onmouseover=\"window.__pwned=1\">Media</b>"),
                Optional.of(Moment.of(OffsetDateTime.of(2024, 6, 19, 10, 0, 0, 0, ZoneOffset.ofHours(7)))),
                Optional.empty(), Optional.of(IMG), Optional.of(SVG), List.of(SCRIPT), List.of(IMG), Optional.of(SCRIPT),
                List.of(new Entity(EVIL_NAME, EntityType.PERSON, List.of(new Mention(EVIL_NAME, ev, ev + EVIL_NAME.length())))),
                List.of(new Quote(ATTR, Optional.of(EVIL_NAME + SVG), q, q + ATTR.length(), false)),
                List.of(new DateMention(IMG, "2024-06-19", 0, 3)));
    }

    static Story story() {
        List<String> ids = List.of("evil-1");
        return new Story("evil-story", "Headline " + SCRIPT + IMG, ids,
                List.of(new SummarySentence("Ringkasan " + SCRIPT + JS_LINK, ids)), Optional.of("id"),
                Optional.of("2024-06-19"), List.of("<b onmouseover=\"window.__pwned=1\">Media</b>"), OptionalInt.of(1),
                List.of(new StoryEntity(EVIL_NAME, EntityType.PERSON, List.of(SVG, ATTR), ids)),
                List.of(new StoryQuote(Optional.of(EVIL_NAME), ATTR + SCRIPT, ids, false)),
                List.of(new OnlyInFact("Hanya " + IMG, "evil-1", SVG)),
                List.of(new Disagreement("number" + SCRIPT, "Subjek " + IMG, List.of(
                        new Disagreement.Variant(SVG, JS_LINK, ids)))),
                List.of(SCRIPT), List.of(), Optional.of(Moment.of(OffsetDateTime.of(2024, 6, 19, 9, 0, 0, 0, ZoneOffset.UTC))),
                Optional.of(Moment.of(OffsetDateTime.of(2024, 6, 19, 12, 0, 0, 0, ZoneOffset.UTC))),
                List.of(new TimelineEvent("2024-06-19", "Acara " + SCRIPT + IMG, ids),
                        new TimelineEvent("1950/1953", "Perang " + SVG, ids)));
    }
}
