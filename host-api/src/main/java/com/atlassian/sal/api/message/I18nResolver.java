package com.atlassian.sal.api.message;

import java.io.Serializable;

public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getRawText(String key);
}
