package io.followthrough.devhost.services;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Collects the web resources required while one page is rendered, as Confluence's page builder
 * does for the request; the page view then writes the tags for them.
 */
public final class HostPageBuilderService implements PageBuilderService {
    private final ThreadLocal<Set<String>> required = ThreadLocal.withInitial(LinkedHashSet::new);

    @Override
    public WebResourceAssembler assembler() {
        return () -> new Requirements(required.get());
    }

    /** Returns what the current request required and forgets it. */
    public Set<String> drain() {
        Set<String> out = new LinkedHashSet<>(required.get());
        required.remove();
        return out;
    }

    /** The request's set of required resource keys and contexts. */
    private record Requirements(Set<String> keys) implements RequiredResources {
        @Override
        public RequiredResources requireWebResource(String moduleCompleteKey) {
            keys.add(moduleCompleteKey);
            return this;
        }

        @Override
        public RequiredResources requireContext(String context) {
            keys.add("_context:" + context);
            return this;
        }
    }
}
