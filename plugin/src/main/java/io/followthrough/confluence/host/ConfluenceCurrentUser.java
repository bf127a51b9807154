package io.followthrough.confluence.host;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.atlassian.confluence.user.ConfluenceUser;
import io.followthrough.core.port.CurrentUser;
import java.util.Optional;

/** The current user as Confluence knows it for this request thread. */
public final class ConfluenceCurrentUser implements CurrentUser {
    @Override
    public Optional<String> key() {
        ConfluenceUser user = AuthenticatedUserThreadLocal.get();
        return user == null ? Optional.empty() : Optional.of(user.getKey().getStringValue());
    }
}
