package io.followthrough.core.report;

/** Which promised date an on-time delivery is measured against (see {@link Metrics#deliveredOnTime}). */
public enum AgreedDate {
    /** The date of the first agreement: what the owner promised before any renegotiation. */
    ORIGINAL,
    /** The date agreed last before the delivery: the promise as renegotiated. */
    LAST
}
