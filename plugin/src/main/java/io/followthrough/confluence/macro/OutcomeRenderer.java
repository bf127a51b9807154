package io.followthrough.confluence.macro;

import com.atlassian.confluence.plugin.services.VelocityHelperService;
import com.atlassian.sal.api.message.I18nResolver;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.outcome.Outcome;
import io.followthrough.core.outcome.OutcomeEvent;
import io.followthrough.core.outcome.OutcomeRollup;
import io.followthrough.core.outcome.Outcomes;
import io.followthrough.core.port.Directory;
import io.followthrough.core.purpose.PagePurpose;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the live part of an expected outcome (status, roll-up of its action items, the status
 * dialog for those who may set it, history) for the macro and for REST refreshes.
 */
public final class OutcomeRenderer {
    private static final String TEMPLATE = "templates/outcome-live.vm";

    private final VelocityHelperService velocity;
    private final OutcomeView views;
    private final Clock clock;

    public OutcomeRenderer(VelocityHelperService velocityHelperService, I18nResolver i18nResolver, Directory directory,
                           Clock clock) {
        this.velocity = velocityHelperService;
        this.views = new OutcomeView(i18nResolver, directory, clock.getZone());
        this.clock = clock;
    }

    /**
     * @param pageItems the action items of the outcome's page, for the roll-up
     * @param purpose   the page's purpose, whose sponsor may set the status
     */
    public String render(Outcome outcome, List<OutcomeEvent> history, Collection<ActionItem> pageItems,
                         Optional<PagePurpose> purpose, String viewerKey) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> model = velocity.createDefaultVelocityContext();
        model.put("outcome", views.of(outcome, history, OutcomeRollup.of(outcome.title(), pageItems, today),
                Outcomes.maySetStatus(outcome, purpose, viewerKey), today));
        return velocity.getRenderedTemplate(TEMPLATE, model);
    }
}
