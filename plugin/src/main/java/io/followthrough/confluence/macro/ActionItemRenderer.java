package io.followthrough.confluence.macro;

import com.atlassian.confluence.plugin.services.VelocityHelperService;
import com.atlassian.sal.api.message.I18nResolver;
import io.followthrough.core.commitment.ActionItem;
import io.followthrough.core.commitment.ItemEvent;
import io.followthrough.core.port.Directory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Renders the live part of an action item (state, parties, buttons, history) for the macro and for REST refreshes. */
public final class ActionItemRenderer {
    private static final String TEMPLATE = "templates/action-item.vm";

    private final VelocityHelperService velocity;
    private final ActionItemView views;
    private final Clock clock;

    public ActionItemRenderer(VelocityHelperService velocityHelperService, I18nResolver i18nResolver, Directory directory,
                              Clock clock) {
        this.velocity = velocityHelperService;
        this.views = new ActionItemView(i18nResolver, directory, clock.getZone());
        this.clock = clock;
    }

    public String render(ActionItem item, List<ItemEvent> history, String viewerKey) {
        Map<String, Object> model = velocity.createDefaultVelocityContext();
        model.put("item", views.of(item, history, viewerKey, LocalDate.now(clock)));
        return velocity.getRenderedTemplate(TEMPLATE, model);
    }
}
