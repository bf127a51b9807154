package io.followthrough.devhost.web;

import io.followthrough.devhost.data.HostPages;
import io.followthrough.devhost.data.HostSpaces;
import io.followthrough.devhost.data.HostUsers;
import io.followthrough.devhost.i18n.HostI18n;
import io.followthrough.devhost.plugin.RunningPlugin;
import io.followthrough.devhost.services.HostPageBuilderService;
import io.followthrough.devhost.services.HostPermissionManager;
import io.followthrough.devhost.services.PageObjects;
import io.followthrough.devhost.services.PageOperations;

/**
 * Everything the host's servlets work with: its stores, permissions and the running plugin. Page
 * changes go through {@code operations}, which publishes Confluence's events for them.
 */
public record HostApp(HostUsers users, HostSpaces spaces, HostPages pages, PageObjects objects,
                      PageOperations operations, HostPermissionManager permissions,
                      HostPageBuilderService pageBuilder, HostI18n i18n, RunningPlugin plugin) {
}
