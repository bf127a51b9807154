// Mirrors atlassian-annotations' com.atlassian.annotations.security.XsrfProtectionExcluded; checked against Confluence 9.4 javadoc and plugin usage.
package com.atlassian.annotations.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface XsrfProtectionExcluded {
}
