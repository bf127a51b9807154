// Mirrors Confluence's com.atlassian.confluence.spaces.SpaceManager (subset); checked against Confluence 5.8.6 javadoc and 10.x plugin usage.
package com.atlassian.confluence.spaces;

public interface SpaceManager {
    Space getSpace(String spaceKey);
}
