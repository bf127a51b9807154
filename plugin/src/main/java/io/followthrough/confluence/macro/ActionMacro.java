package io.followthrough.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.plugin.services.VelocityHelperService;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.followthrough.confluence.host.ConfluenceDirectory;
import io.followthrough.core.commitment.ActionDeclaration;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ActionParameters;
import io.followthrough.core.page.StorageScanner;
import io.followthrough.core.param.ParameterProblem;
import io.followthrough.core.param.Parsed;
import io.followthrough.core.port.ActionItemStore;
import io.followthrough.core.port.CurrentUser;
import io.followthrough.core.port.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ft-action macro: an action item its owner accepts, with its state, buttons for the viewer's moves and history. */
public final class ActionMacro implements Macro {
    static final String NAME = "ft-action";
    static final String RESOURCES = "io.followthrough.confluence:action-resources";
    private static final String TEMPLATE = "templates/action.vm";

    private final VelocityHelperService velocity;
    private final PageBuilderService pageBuilder;
    private final ActionParameters parameters;
    private final MacroText text;
    private final ActionItemStore store;
    private final ActionItemRenderer renderer;
    private final CurrentUser currentUser;

    public ActionMacro(VelocityHelperService velocityHelperService, PageBuilderService pageBuilderService,
                       I18nResolver i18nResolver, ConfluenceDirectory directory, ActionItemStore store,
                       ActionItemRenderer renderer, CurrentUser currentUser) {
        this.velocity = velocityHelperService;
        this.pageBuilder = pageBuilderService;
        this.parameters = new ActionParameters(directory);
        this.text = new MacroText(i18nResolver, NAME);
        this.store = store;
        this.renderer = renderer;
        this.currentUser = currentUser;
    }

    @Override
    public String execute(Map<String, String> params, String body, ConversionContext context) {
        pageBuilder.assembler().resources().requireWebResource(RESOURCES);
        long pageId = MacroContext.pageId(context);
        List<String> outcomeTitles = PageOutcomes.titles(context, pageId).titles();
        Parsed<ActionDeclaration> parsed = parameters.read(params, outcomeTitles);
        PageItems items = PageItems.of(context, pageId, store);
        String macroId = MacroContext.macroId(context)
                .orElseGet(() -> StorageScanner.fallbackId(pageId, NAME, items.nextOrdinalWithoutId()));
        List<ParameterProblem> problems = new ArrayList<>(parsed.problems());
        boolean copy = !items.firstSighting(macroId);
        if (copy) {
            problems.add(new ParameterProblem("macro-id", ParameterProblem.Code.DUPLICATE_ID, macroId));
        }

        Map<String, Object> view = new HashMap<>();
        view.put("macroId", macroId);
        view.put("problems", text.problems(problems));
        if (problems.stream().anyMatch(p -> p.code() == ParameterProblem.Code.UNKNOWN_OUTCOME)) {
            view.put(outcomeTitles.isEmpty() ? "noOutcomeChoices" : "outcomeChoices", text.quoted(outcomeTitles));
        }
        view.put("bodyHtml", body == null ? "" : body.strip());
        Optional<ActionItem> item = copy ? Optional.empty() : items.item(macroId);
        item.ifPresent(i -> {
            view.put("itemId", i.id());
            view.put("itemHtml", renderer.render(i, items.history(i.id()), currentUser.key().orElse(null)));
        });
        if (item.isEmpty()) {
            ActionDeclaration declared = parsed.value();
            declared.owner().map(Person::displayName).ifPresent(owner -> view.put("ownerName", owner));
            declared.due().map(MacroText::day).ifPresent(due -> view.put("due", due));
        }
        Map<String, Object> model = velocity.createDefaultVelocityContext();
        model.put("action", view);
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
