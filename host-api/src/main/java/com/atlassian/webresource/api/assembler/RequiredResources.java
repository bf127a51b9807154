// Mirrors the web-resource API's com.atlassian.webresource.api.assembler.RequiredResources (subset); checked against the published class.
package com.atlassian.webresource.api.assembler;

public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireContext(String context);
}
