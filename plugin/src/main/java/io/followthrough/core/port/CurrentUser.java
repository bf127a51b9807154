package io.followthrough.core.port;

import java.util.Optional;

/** The user making the current request; empty for anonymous visitors. */
public interface CurrentUser {
    Optional<String> key();
}
