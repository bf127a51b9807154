// Mirrors Confluence's com.atlassian.confluence.macro.Macro; checked against Confluence 9.3.2 javadoc.
package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

public interface Macro {
    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    enum BodyType { PLAIN_TEXT, RICH_TEXT, NONE }

    enum OutputType { BLOCK, INLINE }
}
