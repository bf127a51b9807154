package io.followthrough.core.report;

/**
 * An expected outcome with what the report derives from its action items (the items on its page
 * that name it, still on the page).
 *
 * @param accepted         items whose owner promised them: accepted, done or satisfied
 * @param done             items delivered: done or satisfied
 * @param overdue          its due date has passed and its status does not say it is finished
 */
public record OutcomeStatus(OutcomeSummary outcome, int actions, int accepted, int done, boolean overdue) {
    /** No action item of the outcome has been promised. */
    public boolean withoutAcceptedAction() {
        return accepted == 0;
    }

    /** Every action item of the outcome is delivered (and there is at least one). */
    public boolean allActionsDone() {
        return actions > 0 && done == actions;
    }
}
