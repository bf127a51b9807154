package io.followthrough.core.commitment;

import java.util.Optional;

/** Checks the free text people send with a move or a status update before it is kept in a history. */
public final class Notes {
    private Notes() {
    }

    /** What is wrong with the note, if anything: too long, or control characters other than line breaks and tabs. */
    public static Optional<String> problem(String note, int maxLength) {
        if (note.length() > maxLength) {
            return Optional.of("the note is longer than " + maxLength + " characters");
        }
        if (note.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            return Optional.of("the note contains control characters");
        }
        return Optional.empty();
    }
}
