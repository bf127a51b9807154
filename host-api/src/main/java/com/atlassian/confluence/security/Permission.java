// Mirrors Confluence's com.atlassian.confluence.security.Permission (subset); checked against Confluence 9.0.3 javadoc.
package com.atlassian.confluence.security;

import java.io.Serializable;

public abstract class Permission implements Serializable {
    public static final Permission VIEW = new NamedPermission("VIEW");
    public static final Permission EDIT = new NamedPermission("EDIT");
    public static final Permission SET_PERMISSIONS = new NamedPermission("SET_PERMISSIONS");
    public static final Permission REMOVE = new NamedPermission("REMOVE");
    public static final Permission EXPORT = new NamedPermission("EXPORT");
    public static final Permission ADMINISTER = new NamedPermission("ADMINISTER");

    Permission() {
    }
}
