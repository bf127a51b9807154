package io.followthrough.devhost.services;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import io.followthrough.devhost.data.HostSpaces;

/** Confluence's SpaceManager over the host's spaces; an unknown key gives null, as in Confluence. */
public final class HostSpaceManager implements SpaceManager {
    private final HostSpaces spaces;

    public HostSpaceManager(HostSpaces spaces) {
        this.spaces = spaces;
    }

    @Override
    public Space getSpace(String spaceKey) {
        return spaces.byKey(spaceKey).orElse(null);
    }
}
