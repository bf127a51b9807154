package io.followthrough.devhost.services;

import com.atlassian.sal.api.auth.LoginUriProvider;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** SAL's login URI: the host's login form, coming back to the given page (only paths on this site are kept). */
public final class HostLoginUriProvider implements LoginUriProvider {
    @Override
    public URI getLoginUri(URI returnUri) {
        String back = returnUri.getRawPath() == null || returnUri.getRawPath().isEmpty() ? "/"
                : returnUri.getRawPath() + (returnUri.getRawQuery() == null ? "" : "?" + returnUri.getRawQuery());
        return URI.create("/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }
}
