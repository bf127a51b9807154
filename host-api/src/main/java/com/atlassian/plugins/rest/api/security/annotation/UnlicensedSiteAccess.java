// Mirrors REST v2's com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess; name and package checked against Atlassian's secure-endpoints guide and 10.2 plugin usage.
package com.atlassian.plugins.rest.api.security.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.PACKAGE})
public @interface UnlicensedSiteAccess {
}
