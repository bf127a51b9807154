package io.followthrough.confluence.store;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * How the stores write values Active Objects has no good type for, the same way in every table.
 *
 * <p>Instants are fixed-width UTC ISO-8601 text with nanoseconds
 * ({@code 2026-11-22T09:15:00.000000000Z}), which round-trips exactly and sorts as text; days are
 * {@code yyyy-MM-dd}. Enums are stored by name.
 */
final class AoColumns {
    /** Longest stored day: {@link LocalDate#toString()} of any date. */
    static final int DATE_LENGTH = 16;
    /** Length of a stored instant. */
    static final int INSTANT_LENGTH = 30;
    /** An item's due-date sort key when it has no date: after every {@code yyyy-MM-dd} day, in text order. */
    static final String NO_DUE_DATE = "9999-99-99";
    /** Longest {@code id:sequence}: two numbers and a colon. */
    static final int SEQ_LENGTH = 40;

    private static final int DAY_LENGTH = 10;
    private static final String DAY_SHAPE = "9999-99-99";
    private static final String INSTANT_SHAPE = "9999-99-99T99:99:99.999999999Z";
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);
    // SQLState class 23: integrity constraint violation, which a duplicate unique value is on every database.
    private static final String CONSTRAINT_VIOLATION = "23";

    private AoColumns() {
    }

    static String instant(Instant instant) {
        return INSTANT.format(instant);
    }

    /**
     * Reads the fixed-width form digit by digit, because a report reads a few thousand of them and
     * {@link Instant#parse} goes through a general formatter; any other text goes through it.
     */
    static Instant instant(String column) {
        if (column.length() != INSTANT_LENGTH || !hasShape(column, INSTANT_SHAPE)) {
            return Instant.parse(column);
        }
        return LocalDateTime.of(digits(column, 0, 4), digits(column, 5, 7), digits(column, 8, 10), digits(column, 11, 13),
                digits(column, 14, 16), digits(column, 17, 19), digits(column, 20, 29)).toInstant(ZoneOffset.UTC);
    }

    /** Whether the text has the shape's length and characters, 9 standing for any digit. */
    private static boolean hasShape(String text, String shape) {
        for (int i = 0; i < shape.length(); i++) {
            char c = text.charAt(i);
            if (shape.charAt(i) == '9' ? c < '0' || c > '9' : c != shape.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    static String day(Optional<LocalDate> day) {
        return day.map(LocalDate::toString).orElse(null);
    }

    /**
     * An item's due-date sort key: its effective due day, or {@link #NO_DUE_DATE}. Not null, so that
     * items without a date sort last on every database (some sort nulls first, some last).
     */
    static String dueSort(Optional<LocalDate> effectiveDue) {
        return effectiveDue.map(LocalDate::toString).orElse(NO_DUE_DATE);
    }

    /** Reads {@code yyyy-MM-dd} digit by digit, as {@link #instant(String)} does; other text goes through {@link LocalDate#parse}. */
    static Optional<LocalDate> day(String column) {
        if (column == null) {
            return Optional.empty();
        }
        if (column.length() != DAY_LENGTH || !hasShape(column, DAY_SHAPE)) {
            return Optional.of(LocalDate.parse(column));
        }
        return Optional.of(LocalDate.of(digits(column, 0, 4), digits(column, 5, 7), digits(column, 8, 10)));
    }

    // Oracle, which Confluence supports, stores an empty string as null.
    static String text(String column) {
        return column == null ? "" : column;
    }

    /** Whether the failure is a broken unique or other integrity constraint, whatever wraps it. */
    static boolean isConstraintViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONSTRAINT_VIOLATION)) {
                return true;
            }
        }
        return false;
    }
}
