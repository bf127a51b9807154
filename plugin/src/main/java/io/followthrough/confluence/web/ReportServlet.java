package io.followthrough.confluence.web;

import com.atlassian.confluence.plugin.services.VelocityHelperService;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.followthrough.confluence.macro.MacroText;
import io.followthrough.core.param.Parsed;
import io.followthrough.core.port.CurrentUser;
import io.followthrough.core.report.ItemExport;
import io.followthrough.core.report.ReportQuery;
import io.followthrough.core.report.ReportQueryReader;
import io.followthrough.core.report.SpaceReport;
import io.followthrough.core.report.SpaceReports;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The space outcome report at {@code /plugins/servlet/followthrough/report?spaceKey=KEY} (Space
 * tools → Outcome report), as a page or, with {@code format=csv}, as CSV of the filtered list.
 * Secure by default: anonymous visitors are sent to log in, everyone but space admins gets 403.
 */
public final class ReportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String TEMPLATE = "templates/report.vm";
    private static final String RESOURCES = "io.followthrough.confluence:report-resources";

    private final transient SpaceReports reports;
    private final transient CurrentUser currentUser;
    private final transient LoginUriProvider loginUriProvider;
    private final transient VelocityHelperService velocity;
    private final transient PageBuilderService pageBuilder;
    private final transient SpaceManager spaceManager;
    private final transient ReportText text;
    private final transient MacroText problems;
    private final transient Clock clock;

    public ReportServlet(SpaceReports spaceReports, CurrentUser currentUser, LoginUriProvider loginUriProvider,
                         VelocityHelperService velocityHelperService, PageBuilderService pageBuilderService,
                         I18nResolver i18nResolver, SpaceManager spaceManager, Clock clock) {
        this.reports = spaceReports;
        this.currentUser = currentUser;
        this.loginUriProvider = loginUriProvider;
        this.velocity = velocityHelperService;
        this.pageBuilder = pageBuilderService;
        this.spaceManager = spaceManager;
        this.text = new ReportText(i18nResolver);
        this.problems = new MacroText(i18nResolver, "report");
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> user = currentUser.key();
        if (user.isEmpty()) {
            response.sendRedirect(loginUriProvider.getLoginUri(returnUri(request)).toASCIIString());
            return;
        }
        String spaceKey = Optional.ofNullable(request.getParameter("spaceKey")).orElse("").strip();
        Map<String, String> parameters = new HashMap<>();
        for (String name : ReportQueryReader.PARAMETERS) {
            Optional.ofNullable(request.getParameter(name)).ifPresent(value -> parameters.put(name, value));
        }
        Parsed<ReportQuery> query = ReportQueryReader.read(parameters);
        if ("csv".equals(request.getParameter("format"))) {
            Optional<ItemExport> export = reports.export(user, spaceKey, query.value());
            if (export.isEmpty()) {
                page(response, HttpServletResponse.SC_FORBIDDEN, Map.of("message", text.text("report.forbidden")));
            } else {
                csv(response, export.get());
            }
            return;
        }
        Optional<SpaceReport> report = reports.report(user, spaceKey, query.value());
        if (report.isEmpty()) {
            page(response, HttpServletResponse.SC_FORBIDDEN, Map.of("message", text.text("report.forbidden")));
            return;
        }
        ReportLinks links = new ReportLinks(request.getContextPath(), spaceKey, parameters);
        String spaceName = Optional.ofNullable(spaceManager.getSpace(spaceKey)).map(Space::getName).orElse(spaceKey);
        page(response, HttpServletResponse.SC_OK, new ReportView(text, request.getContextPath(), clock.getZone())
                .of(report.get(), spaceName, links, problems.problems(Stream.concat(query.problems().stream(),
                        report.get().problems().stream()).toList())));
    }

    private void page(HttpServletResponse response, int status, Map<String, Object> view) throws IOException {
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        Map<String, Object> model = velocity.createDefaultVelocityContext();
        model.put("report", view);
        String html = velocity.getRenderedTemplate(TEMPLATE, model);
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    /** UTF-8 with a byte order mark, which spreadsheet programs need to read it as UTF-8. */
    private static void csv(HttpServletResponse response, ItemExport report) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"outcome-report-"
                + report.spaceKey().replaceAll("[^A-Za-z0-9_-]", "_") + ".csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        ReportCsv.write(report.rows(), report.people(), out);
    }

    /** Where to come back after logging in: this page, relative to the context path. */
    private static URI returnUri(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return URI.create(request.getQueryString() == null ? path : path + "?" + request.getQueryString());
    }
}
