package io.followthrough.core.param;

/**
 * Something wrong with one macro parameter, precise enough for a message that says what to fix.
 *
 * @param field the parameter name as the macro browser shows it
 * @param code  what is wrong; adapters map it to an i18n key
 * @param value the offending value as written, or "" when the value is missing
 */
public record ParameterProblem(String field, Code code, String value) {
    /** Kinds of problem a parameter can have. */
    public enum Code { MISSING, UNKNOWN_USER, MALFORMED_DATE, TOO_LONG, UNKNOWN_OUTCOME, UNKNOWN_CHOICE, DUPLICATE_ID,
        DUPLICATE_TITLE, UNKNOWN_PAGE }
}
