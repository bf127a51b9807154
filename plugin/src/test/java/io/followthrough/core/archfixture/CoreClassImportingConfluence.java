package io.followthrough.core.archfixture;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;

/** Test fixture only, never in the jar. A deliberately wrong core class: it reads Confluence's user thread-local directly. */
public final class CoreClassImportingConfluence {
    public boolean anonymous() {
        return AuthenticatedUserThreadLocal.get() == null;
    }
}
