package io.followthrough.core.commitment;

/** A request asks the owner to promise; an offer is the owner volunteering, for the requester to take up. */
public enum Kind {
    REQUEST, OFFER;

    /** The state a fresh item, or one whose terms changed, starts in. */
    public State openingState() {
        return this == OFFER ? State.OFFERED : State.REQUESTED;
    }
}
