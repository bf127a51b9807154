package io.followthrough.core.commitment;

/** Whether an item's macro is on a live page; removed and trashed items keep their history. */
public enum Presence { LIVE, REMOVED, PAGE_TRASHED }
