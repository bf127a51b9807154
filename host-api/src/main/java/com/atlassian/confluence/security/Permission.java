package com.atlassian.confluence.security;

public interface Permission {
    Permission VIEW = new NamedPermission("VIEW");
    Permission EDIT = new NamedPermission("EDIT");
    Permission EXPORT = new NamedPermission("EXPORT");
    Permission REMOVE = new NamedPermission("REMOVE");
    Permission SET_PERMISSIONS = new NamedPermission("SET_PERMISSIONS");
    Permission ADMINISTER = new NamedPermission("ADMINISTER");
}
