// Mirrors SAL's com.atlassian.sal.api.message.I18nResolver (subset); checked against Bamboo 9.6.4 javadoc of an implementation.
package com.atlassian.sal.api.message;

import java.io.Serializable;

public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getRawText(String key);
}
