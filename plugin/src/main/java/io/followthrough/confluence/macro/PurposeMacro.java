package io.followthrough.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.plugin.services.VelocityHelperService;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.followthrough.confluence.host.ConfluenceDirectory;
import io.followthrough.core.outcome.Outcome;
import io.followthrough.core.outcome.StatusSummary;
import io.followthrough.core.page.OnePerPage;
import io.followthrough.core.page.StorageScanner;
import io.followthrough.core.param.Parsed;
import io.followthrough.core.port.ActionItemStore;
import io.followthrough.core.port.OutcomeStore;
import io.followthrough.core.port.PurposeStore;
import io.followthrough.core.purpose.Purpose;
import io.followthrough.core.purpose.PurposeParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ft-purpose macro: why the page exists, its sponsor, its time frame and how its expected outcomes stand. */
public final class PurposeMacro implements Macro {
    static final String NAME = "ft-purpose";
    static final String RESOURCES = "io.followthrough.confluence:macro-resources";
    private static final String TEMPLATE = "templates/purpose.vm";
    private static final String STATUS = "io.followthrough.confluence.outcome-status.";

    private final VelocityHelperService velocity;
    private final PageBuilderService pageBuilder;
    private final PurposeParameters parameters;
    private final MacroText text;
    private final Clock clock;
    private final OutcomeStore outcomes;
    private final PurposeStore purposes;
    private final ActionItemStore items;
    private final I18nResolver i18n;

    public PurposeMacro(VelocityHelperService velocityHelperService, PageBuilderService pageBuilderService,
                        I18nResolver i18nResolver, ConfluenceDirectory directory, Clock clock, OutcomeStore outcomeStore,
                        PurposeStore purposeStore, ActionItemStore actionItemStore) {
        this.velocity = velocityHelperService;
        this.pageBuilder = pageBuilderService;
        this.parameters = new PurposeParameters(directory);
        this.text = new MacroText(i18nResolver, NAME);
        this.clock = clock;
        this.outcomes = outcomeStore;
        this.purposes = purposeStore;
        this.items = actionItemStore;
        this.i18n = i18nResolver;
    }

    @Override
    public String execute(Map<String, String> params, String body, ConversionContext context) {
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        Parsed<Purpose> parsed = parameters.read(params);
        Purpose purpose = parsed.value();
        LocalDate today = LocalDate.now(clock);
        Optional<String> macroId = MacroContext.macroId(context);

        Map<String, Object> view = new HashMap<>();
        view.put("macroId", macroId.orElse(""));
        view.put("problems", text.problems(parsed.problems()));
        boolean repeat = isRepeat(context, macroId);
        view.put("repeat", repeat);
        if (!repeat) {
            view.put("outcomes", outcomeSummary(context, today));
        }
        // Confluence hands rich-text bodies over already rendered and sanitised.
        view.put("statementHtml", body == null ? "" : body.strip());
        purpose.sponsor().ifPresent(sponsor -> {
            view.put("sponsorName", sponsor.displayName());
            view.put("sponsorUsername", sponsor.username());
        });
        purpose.until().ifPresent(until -> view.put("until", MacroText.day(until)));
        purpose.review().ifPresent(review -> view.put("review", MacroText.day(review)));
        view.put("expired", purpose.isExpired(today));
        view.put("reviewDue", purpose.isReviewDue(today));

        Map<String, Object> model = velocity.createDefaultVelocityContext();
        model.put("purpose", view);
        return velocity.getRenderedTemplate(TEMPLATE, model);
    }

    /** How the page's expected outcomes stand, from the records loaded once for the whole render. */
    private Map<String, Object> outcomeSummary(ConversionContext context, LocalDate today) {
        long pageId = MacroContext.pageId(context);
        StatusSummary summary = StatusSummary.of(PageOutcomes.of(context, pageId, outcomes, purposes).all(),
                PageItems.of(context, pageId, items).items(), today);
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Outcome outcome : summary.outcomes()) {
            listed.add(Map.of("title", outcome.title(), "lozenge", OutcomeView.lozenge(outcome.status()),
                    "statusLabel", i18n.getText(STATUS + outcome.status().wireName()), "overdue", outcome.isOverdue(today)));
        }
        List<String> counts = new ArrayList<>();
        summary.byStatus().forEach((status, count) -> counts.add(i18n.getText("io.followthrough.confluence.ft-outcome.state-count",
                count, i18n.getText(STATUS + status.wireName()))));
        return Map.of("list", listed, "counts", counts, "overdue", summary.overdue(), "unbacked", summary.unbacked());
    }

    private static boolean isRepeat(ConversionContext context, Optional<String> macroId) {
        return MacroContext.pageStorage(context)
                .map(storage -> new StorageScanner().find(storage, context.getEntity().getId(), NAME::equals).macros())
                .map(purposes -> OnePerPage.isRepeat(purposes, macroId))
                .orElse(false);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.RICH_TEXT;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
