package io.followthrough.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.plugin.services.VelocityHelperService;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.followthrough.confluence.web.ReportFigures;
import io.followthrough.confluence.web.ReportLinks;
import io.followthrough.confluence.web.ReportText;
import io.followthrough.core.port.CurrentUser;
import io.followthrough.core.report.OutcomeOverview;
import io.followthrough.core.report.SpaceReports;
import io.followthrough.core.report.SpaceSummary;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ft-outcome-report macro: a space's headline figures and the outcomes of the page it is on,
 * from pages the viewer may view. Counts only, unless the viewer is a space admin, who also sees
 * which items need attention and a link to the full report.
 */
public final class OutcomeReportMacro implements Macro {
    private static final String TEMPLATE = "templates/outcome-report.vm";

    private final VelocityHelperService velocity;
    private final PageBuilderService pageBuilder;
    private final ReportText text;
    private final SpaceReports reports;
    private final CurrentUser currentUser;
    private final ApplicationProperties applicationProperties;
    private final Clock clock;

    public OutcomeReportMacro(VelocityHelperService velocityHelperService, PageBuilderService pageBuilderService,
                              I18nResolver i18nResolver, SpaceReports spaceReports, CurrentUser currentUser,
                              ApplicationProperties applicationProperties, Clock clock) {
        this.velocity = velocityHelperService;
        this.pageBuilder = pageBuilderService;
        this.text = new ReportText(i18nResolver);
        this.reports = spaceReports;
        this.currentUser = currentUser;
        this.applicationProperties = applicationProperties;
        this.clock = clock;
    }

    @Override
    public String execute(Map<String, String> params, String body, ConversionContext context) {
        pageBuilder.assembler().resources().requireWebResource(MyCommitmentsMacro.RESOURCES);
        ContentEntityObject entity = context.getEntity();
        Optional<String> spaceKey = Optional.ofNullable(params.get("space")).map(String::strip).filter(s -> !s.isEmpty())
                .or(() -> entity instanceof SpaceContentEntityObject content && content.getSpace() != null
                        ? Optional.of(content.getSpace().getKey()) : Optional.empty());
        Map<String, Object> view = new HashMap<>();
        spaceKey.ifPresent(key -> {
            SpaceSummary summary = reports.summary(currentUser.key(), key, MacroContext.pageId(context));
            String contextPath = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
            view.put("spaceKey", key);
            view.put("heading", text.text("ft-outcome-report.heading", key));
            view.put("figures", new ReportFigures(text, clock.getZone()).of(summary.headline(), summary.admin()));
            view.put("outcomes", summary.pageOutcomes().stream().map(o -> Map.of(
                    "title", o.outcome().title(),
                    "status", text.text("report.outcome-status." + o.outcome().status().orElse(OutcomeOverview.NOT_RECORDED)),
                    "actions", text.text("report.outcome.actions", o.accepted(), o.actions(), o.done()),
                    "overdue", o.overdue())).toList());
            view.put("admin", summary.admin());
            view.put("attention", summary.attention().stream().map(r -> {
                Map<String, Object> row = text.row(r, contextPath);
                row.put("owner", text.text("ft-action.owner-is", ReportText.name(r.item().terms().ownerKey(), summary.people())));
                return row;
            }).toList());
            view.put("reportUrl", contextPath + ReportLinks.SERVLET + "?spaceKey=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
        });
        Map<String, Object> model = velocity.createDefaultVelocityContext();
        model.put("summary", view);
        return velocity.getRenderedTemplate(TEMPLATE, model);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
