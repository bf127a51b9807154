package io.followthrough.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.plugin.services.VelocityHelperService;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.followthrough.confluence.host.ConfluenceDirectory;
import io.followthrough.core.outcome.Outcome;
import io.followthrough.core.outcome.OutcomeDeclaration;
import io.followthrough.core.outcome.OutcomeParameters;
import io.followthrough.core.page.StorageScanner;
import io.followthrough.core.param.Parsed;
import io.followthrough.core.port.ActionItemStore;
import io.followthrough.core.port.CurrentUser;
import io.followthrough.core.port.OutcomeStore;
import io.followthrough.core.port.Person;
import io.followthrough.core.port.PurposeStore;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The ft-outcome macro: an expected outcome with its status, the action items that deliver it, and its history. */
public final class OutcomeMacro implements Macro {
    static final String NAME = "ft-outcome";
    static final String RESOURCES = "io.followthrough.confluence:outcome-resources";
    private static final String TEMPLATE = "templates/outcome.vm";

    private final VelocityHelperService velocity;
    private final PageBuilderService pageBuilder;
    private final OutcomeParameters parameters;
    private final MacroText text;
    private final OutcomeStore outcomes;
    private final PurposeStore purposes;
    private final ActionItemStore items;
    private final OutcomeRenderer renderer;
    private final CurrentUser currentUser;

    public OutcomeMacro(VelocityHelperService velocityHelperService, PageBuilderService pageBuilderService,
                        I18nResolver i18nResolver, ConfluenceDirectory directory, OutcomeStore outcomeStore,
                        PurposeStore purposeStore, ActionItemStore actionItemStore, OutcomeRenderer renderer,
                        CurrentUser currentUser) {
        this.velocity = velocityHelperService;
        this.pageBuilder = pageBuilderService;
        this.parameters = new OutcomeParameters(directory);
        this.text = new MacroText(i18nResolver, NAME);
        this.outcomes = outcomeStore;
        this.purposes = purposeStore;
        this.items = actionItemStore;
        this.renderer = renderer;
        this.currentUser = currentUser;
    }

    @Override
    public String execute(Map<String, String> params, String body, ConversionContext context) {
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        long pageId = MacroContext.pageId(context);
        PageOutcomes onPage = PageOutcomes.of(context, pageId, outcomes, purposes);
        String macroId = MacroContext.macroId(context)
                .orElseGet(() -> StorageScanner.fallbackId(pageId, NAME, onPage.nextOrdinalWithoutId()));
        Parsed<OutcomeDeclaration> parsed = parameters.read(params, PageOutcomes.titles(context, pageId), macroId);
        boolean copy = !onPage.firstSighting(macroId);

        Map<String, Object> view = new HashMap<>();
        view.put("macroId", macroId);
        view.put("problems", text.problems(parsed.problems()));
        view.put("copy", copy);
        view.put("bodyHtml", body == null ? "" : body.strip());
        Optional<Outcome> outcome = copy ? Optional.empty() : onPage.outcome(macroId);
        OutcomeDeclaration declared = parsed.value();
        declared.title().or(() -> outcome.map(Outcome::title)).ifPresent(title -> view.put("title", title));
        outcome.ifPresent(o -> {
            view.put("outcomeId", o.id());
            view.put("liveHtml", renderer.render(o, onPage.history(o.id()), PageItems.of(context, pageId, items).items(),
                    onPage.purpose(), currentUser.key().orElse(null)));
        });
        if (outcome.isEmpty()) {
            declared.owner().map(Person::displayName).ifPresent(owner -> view.put("ownerName", owner));
            declared.due().map(MacroText::day).ifPresent(due -> view.put("due", due));
            declared.measure().ifPresent(measure -> view.put("measure", measure));
        }
        Map<String, Object> model = velocity.createDefaultVelocityContext();
        model.put("outcome", view);
        return velocity.getRenderedTemplate(TEMPLATE, model);
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
