package dev.feedpipe.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * An article's date as posters and front matter write it: a day (2026-01-11, midnight UTC) or an
 * ISO-8601 date-time with offset, in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. The one
 * range of dates everywhere: ingest refuses others, extraction ignores others, the feed's filters take
 * only these.
 */
public final class ArticleDates {

    public static final int FIRST_YEAR = 1;
    public static final int LAST_YEAR = 9999;
    /** How the range reads in an error message. */
    public static final String RANGE = "years " + FIRST_YEAR + " to " + LAST_YEAR;

    private static final Instant FIRST =
            LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END =
            LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private ArticleDates() {}

    /** The instant, or empty when the text is blank, no such date, or outside the range. */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            Instant instant = text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(text).toInstant();
            return inRange(instant) ? Optional.of(instant) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A day such as 2026-01-11 within the range, or empty. */
    public static Optional<LocalDate> parseDay(String value) {
        try {
            LocalDate day = LocalDate.parse(value.strip());
            return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR ? Optional.of(day) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Whether an instant (of a record from elsewhere) lies in the range. */
    public static boolean inRange(Instant instant) {
        return !instant.isBefore(FIRST) && instant.isBefore(END);
    }
}
