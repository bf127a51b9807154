package io.followthrough.devhost.services;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import java.net.URI;
import java.util.function.Supplier;

/** SAL's application properties: the dev host serves at the root, so relative URLs have an empty context path. */
public final class HostApplicationProperties implements ApplicationProperties {
    private final Supplier<URI> baseUrl;

    /** @param baseUrl the site's address, known once the server listens */
    public HostApplicationProperties(Supplier<URI> baseUrl) {
        this.baseUrl = baseUrl;
    }

    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return switch (urlMode) {
            case RELATIVE, RELATIVE_CANONICAL -> "";
            case ABSOLUTE, CANONICAL, AUTO -> baseUrl.get().toString();
        };
    }
}
