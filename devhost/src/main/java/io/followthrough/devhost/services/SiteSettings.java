package io.followthrough.devhost.services;

/**
 * Site-wide settings a Confluence administrator would make.
 *
 * @param anonymousAccess anonymous users may use the site (Confluence's "Use Confluence" global
 *                        permission for anonymous); they still see only spaces granted to "anonymous"
 */
public record SiteSettings(boolean anonymousAccess) {
}
