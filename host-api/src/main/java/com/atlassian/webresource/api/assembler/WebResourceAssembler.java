// Mirrors the web-resource API's com.atlassian.webresource.api.assembler.WebResourceAssembler (subset); checked against the published class.
package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {
    RequiredResources resources();
}
