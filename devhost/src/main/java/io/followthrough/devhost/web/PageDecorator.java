package io.followthrough.devhost.web;

import io.followthrough.devhost.data.HostUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Decorates the plugin's servlet pages as Confluence's Sitemesh does: an HTML response whose head
 * asks for a page decorator ({@code <meta name="decorator" content="atl.general">}) is taken apart
 * into title, head and body and put into the host's page chrome, with the web resources the page
 * required; a page reached from one of a space's Space tools links also gets the Space tools
 * chrome. Anything else (CSV, JSON, redirects, undecorated HTML) passes through unchanged.
 */
final class PageDecorator extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final Set<String> DECORATORS = Set.of("atl.general", "atl.admin");

    private final transient HostApp app;
    private final transient SpaceTools spaceTools;
    private final transient WebResources webResources;

    PageDecorator(HostApp app) {
        this.app = app;
        this.spaceTools = new SpaceTools(app);
        this.webResources = new WebResources(app.plugin().bundle().descriptor());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        app.pageBuilder().drain();
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        byte[] body = buffered.bytes();
        String type = response.getContentType();
        if (type == null || !type.startsWith("text/html") || response.isCommitted()) {
            response.getOutputStream().write(body);
            return;
        }
        DecoratablePage page = DecoratablePage.of(new String(body, charset(response)));
        Optional<Element> decorator = page.headElements().stream()
                .filter(element -> element.tagName().equals("meta") && element.attr("name").equals("decorator")).findFirst();
        if (decorator.isEmpty() || !DECORATORS.contains(decorator.get().attr("content"))) {
            response.getOutputStream().write(body);
            return;
        }
        HostUser user = Requests.user();
        List<String> head = new ArrayList<>(webResources.tags(app.pageBuilder().drain()));
        for (Element element : page.headElements()) {
            if (!element.tagName().equals("title") && element != decorator.get()) {
                head.add(element.outerHtml());
            }
        }
        String content = page.body();
        String decorated = Layout.page(page.title(), user, head, spaceTools.chrome(request, user, content).orElse(content));
        byte[] out = decorated.getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(out.length);
        response.getOutputStream().write(out);
    }

    private static Charset charset(HttpServletResponse response) {
        String encoding = response.getCharacterEncoding();
        return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    }

    /** Keeps what the servlet writes; status, headers and redirects go straight to the real response. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the dev host decorates blocking responses only");
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, charset((HttpServletResponse) getResponse())));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // The length of what the servlet wrote is not the length of the decorated page.
        }

        @Override
        public void setContentLengthLong(long length) {
            // As setContentLength.
        }

        @Override
        public void flushBuffer() {
            // Nothing is sent before the decorator has seen the whole page.
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toByteArray();
        }
    }
}
