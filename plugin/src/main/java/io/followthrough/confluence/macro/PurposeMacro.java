package io.followthrough.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.plugin.services.VelocityHelperService;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.followthrough.confluence.host.ConfluenceDirectory;
import io.followthrough.core.page.OnePerPage;
import io.followthrough.core.page.StorageScanner;
import io.followthrough.core.param.Parsed;
import io.followthrough.core.purpose.Purpose;
import io.followthrough.core.purpose.PurposeParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The ft-purpose macro: why the page exists, its sponsor and its time frame. */
public final class PurposeMacro implements Macro {
    static final String NAME = "ft-purpose";
    static final String RESOURCES = "io.followthrough.confluence:macro-resources";
    private static final String TEMPLATE = "templates/purpose.vm";

    private final VelocityHelperService velocity;
    private final PageBuilderService pageBuilder;
    private final PurposeParameters parameters;
    private final MacroText text;
    private final Clock clock;

    public PurposeMacro(VelocityHelperService velocityHelperService, PageBuilderService pageBuilderService,
                        I18nResolver i18nResolver, ConfluenceDirectory directory, Clock clock) {
        this.velocity = velocityHelperService;
        this.pageBuilder = pageBuilderService;
        this.parameters = new PurposeParameters(directory);
        this.text = new MacroText(i18nResolver, NAME);
        this.clock = clock;
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
        view.put("repeat", isRepeat(context, macroId));
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
