package io.followthrough.core.commitment;

/** One term that changed between two versions of the page, old value to new. */
public record TermsChange(Field field, String oldValue, String newValue) {
    /** The terms a person can change by editing the page. */
    public enum Field { OWNER, REQUESTER, DUE, BODY }
}
