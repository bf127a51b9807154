package io.followthrough.core.purpose;

import io.followthrough.core.port.Person;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Why a page exists: who sponsors it and until when (DESIGN §5.2). Parts may be absent when the
 * macro's parameters were wrong; the page still shows what could be read.
 */
public record Purpose(Optional<Person> sponsor, Optional<LocalDate> until, Optional<LocalDate> review) {

    /** A purpose is expired once the last day of its time frame has passed. */
    public boolean isExpired(LocalDate today) {
        return new TimeFrame(until, review).isExpired(today);
    }

    /** The review date has come and the purpose is still running. */
    public boolean isReviewDue(LocalDate today) {
        return new TimeFrame(until, review).isReviewDue(today);
    }
}
