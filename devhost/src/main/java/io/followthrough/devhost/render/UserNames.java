// Looks up the users that storage format refers to by user key or username.
package io.followthrough.devhost.render;

import java.util.Optional;

public interface UserNames {

    Optional<String> usernameForKey(String userkey);

    Optional<String> displayName(String username);
}
