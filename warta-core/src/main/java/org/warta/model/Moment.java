package org.warta.model;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A point in time as precisely as a source states it: a date, optionally a time of day, optionally a UTC offset.
 * A page that says only "20/06/2024" yields a date-only moment; we never invent a time or an offset.
 *
 * @param date   the calendar date
 * @param time   the time of day, when the source gives one
 * @param offset the UTC offset, when the source gives one (WIB = +07:00)
 */
public record Moment(LocalDate date, Optional<LocalTime> time, Optional<ZoneOffset> offset)
        implements Comparable<Moment>, Serializable {

    public Moment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(offset, "offset");
        if (time.isEmpty() && offset.isPresent()) {
            throw new IllegalArgumentException("an offset needs a time");
        }
    }

    public static Moment ofDate(LocalDate date) {
        return new Moment(date, Optional.empty(), Optional.empty());
    }

    public static Moment of(OffsetDateTime t) {
        return new Moment(t.toLocalDate(), Optional.of(t.toLocalTime()), Optional.of(t.getOffset()));
    }

    public static Moment of(LocalDateTime t) {
        return new Moment(t.toLocalDate(), Optional.of(t.toLocalTime()), Optional.empty());
    }

    /** An offset at the end of a date-time ({@code +07:00}, {@code +0700}); compiled once, not per parse. */
    private static final java.util.regex.Pattern OFFSET_AT_END = java.util.regex.Pattern.compile(".*[+-]\\d\\d:?\\d\\d$");
    /** An offset without its colon ({@code +0700}). */
    private static final java.util.regex.Pattern COMPACT_OFFSET = java.util.regex.Pattern.compile("([+-]\\d\\d)(\\d\\d)$");

    /** Parses what {@link #toString()} writes: {@code 2024-06-20}, {@code 2024-06-20T11:33}, {@code 2024-06-20T11:33+07:00}. */
    public static Optional<Moment> parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return Optional.empty();
        }
        String s = iso.trim();
        try {
            if (s.length() == 10) {
                return Optional.of(ofDate(LocalDate.parse(s)));
            }
            if (s.endsWith("Z") || OFFSET_AT_END.matcher(s).matches()) {
                return Optional.of(of(OffsetDateTime.parse(COMPACT_OFFSET.matcher(s).replaceFirst("$1:$2"))));
            }
            return Optional.of(of(LocalDateTime.parse(s)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** An instant for ordering: a missing time counts as noon, a missing offset as UTC. */
    public Instant approximateInstant() {
        LocalTime t = time.orElse(LocalTime.NOON);
        return date.atTime(t).toInstant(offset.orElse(ZoneOffset.UTC));
    }

    @Override
    public int compareTo(Moment o) {
        return approximateInstant().compareTo(o.approximateInstant());
    }

    /** ISO-8601: date, date-time, or date-time with offset, as precise as known. */
    @Override
    public String toString() {
        if (time.isEmpty()) {
            return date.toString();
        }
        LocalTime t = time.get().withNano(0);
        String local = date + "T" + (t.getSecond() == 0 ? t.toString() + ":00" : t.toString());
        return offset.map(o -> local + (o.equals(ZoneOffset.UTC) ? "Z" : o.getId())).orElse(local);
    }
}
