// Renders a web-item's <link> as Confluence does: a Velocity template over $helper and $generalUtil.
package io.followthrough.devhost.velocity;

import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;

/**
 * Confluence renders a web-item's {@code <link>} text through Velocity with the page's context:
 * {@code $helper} (here only {@code $helper.spaceKey}) and {@code $generalUtil} (here only
 * {@code urlEncode}), then puts the context path before links that start with "/". References are
 * strict, so a link naming anything else fails loudly instead of rendering a broken URL.
 */
public final class WebItemLinks {
    private final VelocityEngine engine = new VelocityEngine();

    public WebItemLinks() {
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM, new Slf4jLogChute());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        engine.setProperty(RuntimeConstants.VM_LIBRARY, "");
        engine.init();
    }

    /** The link for a page of the given space, ready for an href (not yet HTML-escaped). */
    public String render(String link, String spaceKey, String contextPath) {
        VelocityContext context = new VelocityContext();
        context.put("helper", new Helper(spaceKey));
        context.put("generalUtil", new GeneralUtil());
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(context, out, "web-item link", link);
        } catch (RuntimeException e) {
            throw new IllegalStateException("web-item link '" + link + "' does not render: " + e.getMessage(), e);
        }
        String url = out.toString().strip();
        return url.startsWith("/") ? contextPath + url : url;
    }

    /** What {@code $helper} offers a link. */
    public static final class Helper {
        private final String spaceKey;

        Helper(String spaceKey) {
            this.spaceKey = spaceKey;
        }

        public String getSpaceKey() {
            return spaceKey;
        }
    }

    /** What {@code $generalUtil} offers a link. */
    public static final class GeneralUtil {
        public String urlEncode(String text) {
            return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
        }
    }
}
