package io.followthrough.confluence.web;

import java.util.List;
import java.util.Locale;

/**
 * Draws the report's two small charts as inline SVG on the server, so they need no script and
 * print as they show. Every label is escaped; numbers are the only other content.
 */
public final class SvgCharts {
    private static final int WIDTH = 520;
    private static final int LABEL_WIDTH = 170;
    private static final int BAR = 18;
    private static final int GAP = 6;
    private static final int PLOT_HEIGHT = 140;
    private static final int AXIS = 34;

    /** A labelled count, e.g. "Accepted: 4". */
    public record Bar(String label, int value) {
    }

    /** One week of the created-against-satisfied chart. */
    public record Week(String label, int created, int satisfied) {
    }

    private SvgCharts() {
    }

    /** Horizontal bars, one per label, scaled to the largest value. */
    public static String bars(String title, List<Bar> bars) {
        int height = Math.max(1, bars.size()) * (BAR + GAP) + GAP;
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(0));
        StringBuilder svg = open(title, height, "ft-chart-states");
        int y = GAP;
        for (Bar bar : bars) {
            int length = (int) Math.round((WIDTH - LABEL_WIDTH - 40) * (double) bar.value() / max);
            svg.append(String.format(Locale.ROOT, "<text class=\"ft-chart-label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    LABEL_WIDTH - 8, y + BAR - 5, escape(bar.label())));
            svg.append(String.format(Locale.ROOT, "<rect class=\"ft-chart-bar\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>",
                    LABEL_WIDTH, y, length, BAR));
            svg.append(String.format(Locale.ROOT, "<text class=\"ft-chart-value\" x=\"%d\" y=\"%d\">%d</text>",
                    LABEL_WIDTH + length + 6, y + BAR - 5, bar.value()));
            y += BAR + GAP;
        }
        return svg.append("</svg>").toString();
    }

    /** Pairs of vertical bars per week, created then satisfied, with a legend. */
    public static String weeks(String title, String createdLabel, String satisfiedLabel, List<Week> weeks) {
        int max = Math.max(1, weeks.stream().mapToInt(w -> Math.max(w.created(), w.satisfied())).max().orElse(0));
        int height = PLOT_HEIGHT + AXIS + 24;
        StringBuilder svg = open(title, height, "ft-chart-weeks");
        int slot = (WIDTH - 20) / Math.max(1, weeks.size());
        int barWidth = Math.max(2, (slot - 6) / 2);
        for (int i = 0; i < weeks.size(); i++) {
            Week week = weeks.get(i);
            int x = 10 + i * slot;
            svg.append(column(x, barWidth, week.created(), max, "ft-chart-created", createdLabel + " " + week.label()));
            svg.append(column(x + barWidth, barWidth, week.satisfied(), max, "ft-chart-satisfied",
                    satisfiedLabel + " " + week.label()));
            if (i % 2 == 0) {
                svg.append(String.format(Locale.ROOT, "<text class=\"ft-chart-label\" x=\"%d\" y=\"%d\">%s</text>",
                        x, PLOT_HEIGHT + 16, escape(week.label())));
            }
        }
        int legend = PLOT_HEIGHT + AXIS + 10;
        svg.append(String.format(Locale.ROOT, "<rect class=\"ft-chart-created\" x=\"10\" y=\"%d\" width=\"12\" height=\"12\"/>"
                + "<text class=\"ft-chart-label\" x=\"28\" y=\"%d\">%s</text>", legend - 10, legend, escape(createdLabel)));
        svg.append(String.format(Locale.ROOT, "<rect class=\"ft-chart-satisfied\" x=\"180\" y=\"%d\" width=\"12\" height=\"12\"/>"
                + "<text class=\"ft-chart-label\" x=\"198\" y=\"%d\">%s</text>", legend - 10, legend, escape(satisfiedLabel)));
        return svg.append("</svg>").toString();
    }

    private static String column(int x, int width, int value, int max, String kind, String label) {
        int height = (int) Math.round(PLOT_HEIGHT * (double) value / max);
        return String.format(Locale.ROOT, "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"><title>%s: %d</title></rect>",
                kind, x, PLOT_HEIGHT - height, width, height, escape(label), value);
    }

    private static StringBuilder open(String title, int height, String kind) {
        return new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ft-chart %s\" role=\"img\" width=\"%d\" height=\"%d\" "
                        + "viewBox=\"0 0 %d %d\"><title>%s</title>", kind, WIDTH, height, WIDTH, height, escape(title)));
    }

    /** XML-escapes text for element content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
