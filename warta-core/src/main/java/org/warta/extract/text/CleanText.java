package org.warta.extract.text;

import java.util.List;
import java.util.Optional;
import org.warta.model.Moment;

/**
 * What the text rules made of scraped lines.
 *
 * @param title     the headline
 * @param body      the body paragraphs, in order
 * @param captions  photo captions
 * @param credits   credited agencies and outlets, canonical names, first mention first
 * @param published publication time from a date line
 * @param modified  update time from a date line
 * @param outlet    outlet named in the lead
 * @param dateline  place named in the lead
 * @param byline    author line
 */
public record CleanText(String title, List<String> body, List<String> captions, List<String> credits,
                        Optional<Moment> published, Optional<Moment> modified, Optional<String> outlet,
                        Optional<String> dateline, Optional<String> byline) {
    public CleanText {
        body = List.copyOf(body);
        captions = List.copyOf(captions);
        credits = List.copyOf(credits);
    }
}
