package io.followthrough.confluence.web;

import io.followthrough.core.report.Headline;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The headline figures as label, value and note, for the report page and the outcome report macro. */
public final class ReportFigures {
    private final ReportText text;
    private final ZoneId zone;

    public ReportFigures(ReportText text, ZoneId zone) {
        this.text = text;
        this.zone = zone;
    }

    /** @param naming whether the figures may name a page (the oldest unanswered request); only for space admins */
    public List<Map<String, String>> of(Headline h, boolean naming) {
        String oldest = !naming ? "" : h.oldestAwaiting().map(r -> text.text("report.figure.oldest", r.page().title(),
                ReportText.day(Optional.of(r.item().stateSince().atZone(zone).toLocalDate())))).orElse("");
        List<Map<String, String>> figures = new ArrayList<>();
        figures.add(figure("awaiting-answer", String.valueOf(h.awaitingAnswer()), oldest));
        figures.add(figure("in-progress", String.valueOf(h.inProgress()), ""));
        figures.add(figure("overdue", String.valueOf(h.overdue()), ""));
        figures.add(figure("awaiting-ack", String.valueOf(h.awaitingAcknowledgement()), ""));
        figures.add(figure("satisfied-30", String.valueOf(h.satisfiedLast30Days()), ""));
        figures.add(figure("satisfied-90", String.valueOf(h.satisfiedLast90Days()), ""));
        figures.add(figure("on-time-original", text.rate(h.onTimeOriginal()), ""));
        figures.add(figure("on-time-last", text.rate(h.onTimeLast()), ""));
        figures.add(figure("median-answer", text.duration(h.medianTimeToAnswer()), ""));
        figures.add(figure("median-ack", text.duration(h.medianTimeToAcknowledge()), ""));
        figures.add(figure("decline", text.rate(h.declineRate()), ""));
        figures.add(figure("renegotiation", text.rate(h.renegotiationRate()), ""));
        return figures;
    }

    private Map<String, String> figure(String id, String value, String note) {
        return Map.of("id", id, "label", text.text("report.figure." + id), "value", value, "note", note);
    }
}
