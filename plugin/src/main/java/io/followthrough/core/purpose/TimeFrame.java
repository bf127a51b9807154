package io.followthrough.core.purpose;

import java.time.LocalDate;
import java.util.Optional;

/** A purpose's time frame: the last day it runs and the day it is to be reviewed. */
public record TimeFrame(Optional<LocalDate> until, Optional<LocalDate> review) {

    public TimeFrame {
        until = until == null ? Optional.empty() : until;
        review = review == null ? Optional.empty() : review;
    }

    /** Expired once the last day of the time frame has passed. */
    public boolean isExpired(LocalDate today) {
        return until.map(last -> last.isBefore(today)).orElse(false);
    }

    /** The review date has come and the time frame still runs. */
    public boolean isReviewDue(LocalDate today) {
        return !isExpired(today) && review.map(date -> !date.isAfter(today)).orElse(false);
    }
}
