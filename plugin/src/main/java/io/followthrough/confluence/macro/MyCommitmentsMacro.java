package io.followthrough.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.plugin.services.VelocityHelperService;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.followthrough.confluence.web.ReportText;
import io.followthrough.core.port.CurrentUser;
import io.followthrough.core.report.Inbox;
import io.followthrough.core.report.MyCommitments;
import io.followthrough.core.report.ReportRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The ft-my-commitments macro: the viewer's inbox across spaces (what to answer, deliver, acknowledge, and what is owed to them). */
public final class MyCommitmentsMacro implements Macro {
    static final String RESOURCES = "io.followthrough.confluence:report-resources";
    private static final String TEMPLATE = "templates/my-commitments.vm";

    private final VelocityHelperService velocity;
    private final PageBuilderService pageBuilder;
    private final ReportText text;
    private final MyCommitments commitments;
    private final CurrentUser currentUser;
    private final ApplicationProperties applicationProperties;

    public MyCommitmentsMacro(VelocityHelperService velocityHelperService, PageBuilderService pageBuilderService,
                              I18nResolver i18nResolver, MyCommitments myCommitments, CurrentUser currentUser,
                              ApplicationProperties applicationProperties) {
        this.velocity = velocityHelperService;
        this.pageBuilder = pageBuilderService;
        this.text = new ReportText(i18nResolver);
        this.commitments = myCommitments;
        this.currentUser = currentUser;
        this.applicationProperties = applicationProperties;
    }

    @Override
    public String execute(Map<String, String> params, String body, ConversionContext context) {
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        Map<String, Object> view = new HashMap<>();
        currentUser.key().ifPresent(user -> {
            Inbox inbox = commitments.of(user);
            String contextPath = applicationProperties.getBaseUrl(UrlMode.RELATIVE);
            view.put("sections", List.of(
                    section("to-answer", inbox.toAnswer(), user, inbox, contextPath),
                    section("to-deliver", inbox.toDeliver(), user, inbox, contextPath),
                    section("to-acknowledge", inbox.toAcknowledge(), user, inbox, contextPath),
                    section("owed-to-me", inbox.owedToMe(), user, inbox, contextPath)));
        });
        Map<String, Object> model = velocity.createDefaultVelocityContext();
        model.put("inbox", view);
        return velocity.getRenderedTemplate(TEMPLATE, model);
    }

    private Map<String, Object> section(String id, List<ReportRow> rows, String user, Inbox inbox, String contextPath) {
        return Map.of("id", id, "heading", text.text("ft-my-commitments." + id, rows.size()),
                "empty", text.text("ft-my-commitments." + id + ".empty"),
                "rows", rows.stream().map(row -> row(row, user, inbox, contextPath)).toList());
    }

    /** One item: what, where, the other party, when and how it stands. */
    private Map<String, Object> row(ReportRow row, String user, Inbox inbox, String contextPath) {
        var item = row.item();
        Map<String, Object> view = text.row(row, contextPath);
        view.put("party", item.isOwner(user) && !item.isRequester(user)
                ? text.text("ft-action.requester-is", ReportText.name(item.terms().requesterKey(), inbox.people()))
                : text.text("ft-action.owner-is", ReportText.name(item.terms().ownerKey(), inbox.people())));
        return view;
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
