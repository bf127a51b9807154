// Mirrors the web-resource API's com.atlassian.webresource.api.assembler.PageBuilderService (subset); checked against the published class.
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {
    WebResourceAssembler assembler();
}
