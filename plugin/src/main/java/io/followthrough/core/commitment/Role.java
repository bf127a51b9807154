package io.followthrough.core.commitment;

/** Who may make a move: the performer, the customer, or anyone who can see the item. */
public enum Role { OWNER, REQUESTER, VIEWER, SYSTEM }
