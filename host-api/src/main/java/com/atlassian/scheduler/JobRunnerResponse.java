// Mirrors atlassian-scheduler's com.atlassian.scheduler.JobRunnerResponse (subset); checked against atlassian-scheduler-api 1.6.0 javadoc and a newer published class.
package com.atlassian.scheduler;

import java.util.Objects;

/**
 * What a job run reports. Only the factories and {@link #getMessage()} are declared;
 * {@code getRunOutcome()} (an enum of {@code com.atlassian.scheduler.status}) is left out.
 */
public final class JobRunnerResponse {
    private static final int MAXIMUM_MESSAGE_LENGTH = 255;

    private final String outcome;
    private final String message;

    private JobRunnerResponse(String outcome, String message) {
        this.outcome = outcome;
        this.message = message;
    }

    public static JobRunnerResponse success() {
        return success(null);
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse("SUCCESS", message);
    }

    /** Like Atlassian's, refuses a blank message. */
    public static JobRunnerResponse aborted(String message) {
        return new JobRunnerResponse("ABORTED", requireText(message, "aborted"));
    }

    /** Like Atlassian's, refuses a blank message. */
    public static JobRunnerResponse failed(String message) {
        return new JobRunnerResponse("FAILED", requireText(message, "failed"));
    }

    /** The message names the exception and its causes, as Atlassian's does, cut at 255 characters. */
    public static JobRunnerResponse failed(Throwable cause) {
        Objects.requireNonNull(cause, "cause");
        StringBuilder text = new StringBuilder();
        for (Throwable t = cause; t != null && text.length() < MAXIMUM_MESSAGE_LENGTH; t = t.getCause()) {
            if (t != cause) {
                text.append('\n');
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        if (text.length() > MAXIMUM_MESSAGE_LENGTH) {
            text.setLength(MAXIMUM_MESSAGE_LENGTH);
        }
        return new JobRunnerResponse("FAILED", text.toString());
    }

    private static String requireText(String message, String outcome) {
        if (message == null || message.trim().isEmpty()) {
            throw new IllegalArgumentException("The message must be specified when reporting a job as " + outcome + "!");
        }
        return message;
    }

    public String getMessage() {
        return message;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerResponse
                && ((JobRunnerResponse) other).outcome.equals(outcome)
                && Objects.equals(((JobRunnerResponse) other).message, message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(outcome, message);
    }

    @Override
    public String toString() {
        return "JobRunnerResponse[runOutcome=" + outcome + ",message='" + message + "']";
    }
}
