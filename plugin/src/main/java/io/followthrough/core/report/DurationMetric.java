package io.followthrough.core.report;

/** The per-item durations a report takes medians of (see {@link Metrics}). */
public enum DurationMetric { TIME_TO_ANSWER, TIME_TO_ACKNOWLEDGE }
