package io.followthrough.devhost.data;

/** Space permissions the dev host knows, a subset of Confluence's. */
public enum SpacePermission { VIEW, EDIT, ADMINISTER }
