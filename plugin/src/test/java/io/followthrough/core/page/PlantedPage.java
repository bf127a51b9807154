package io.followthrough.core.page;

import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;

/** A large page made of real fragments with ft-action macros planted in the places editors put them, and decoys. */
record PlantedPage(String storage, List<Tuple> expected) {
    private static final int EVERY = 20;

    static PlantedPage build(List<String> fragments, int minLength) {
        StringBuilder page = new StringBuilder(minLength + 10_000);
        List<Tuple> expected = new ArrayList<>();
        for (int n = 0; page.length() < minLength; n++) {
            page.append(fragments.get(n % fragments.size())).append('\n');
            if (n % EVERY == 0) {
                plant(page, expected, n / EVERY);
            }
        }
        return new PlantedPage(page.toString(), expected);
    }

    private static void plant(StringBuilder page, List<Tuple> expected, int k) {
        String action = action(k);
        switch (k % 6) {
            case 0 -> page.append("<p>Next step:</p>").append(action);
            case 1 -> page.append("<ac:structured-macro ac:name=\"expand\" ac:schema-version=\"1\">")
                    .append("<ac:parameter ac:name=\"title\">Details</ac:parameter><ac:rich-text-body><p>Open</p>")
                    .append(action).append("</ac:rich-text-body></ac:structured-macro>");
            case 2 -> page.append("<ac:layout><ac:layout-section ac:type=\"two_equal\"><ac:layout-cell><p>Left</p>")
                    .append("</ac:layout-cell><ac:layout-cell>").append(action)
                    .append("</ac:layout-cell></ac:layout-section></ac:layout>");
            case 3 -> page.append("<ac:structured-macro ac:name=\"panel\"><ac:rich-text-body><table><tbody><tr><td>")
                    .append("<ac:structured-macro ac:name=\"ft-outcome\"><ac:rich-text-body>").append(action)
                    .append("</ac:rich-text-body></ac:structured-macro></td></tr></tbody></table>")
                    .append("</ac:rich-text-body></ac:structured-macro>");
            case 4 -> page.append("<ac:structured-macro ac:name=\"code\"><ac:plain-text-body><![CDATA[")
                    .append(action).append("]]></ac:plain-text-body></ac:structured-macro>");
            default -> page.append("<!-- ").append(action).append(" -->");
        }
        if (k % 6 < 4) {
            expected.add(tuple("planted-" + k, Map.of("owner", "user-" + k, "due", due(k)),
                    "Planted task " + k + " \u2013 check the report"));
        }
    }

    private static String action(int k) {
        return "<ac:structured-macro ac:name=\"ft-action\" ac:schema-version=\"1\" ac:macro-id=\"planted-" + k + "\">"
                + "<ac:parameter ac:name=\"owner\"><ri:user ri:userkey=\"user-" + k + "\" /></ac:parameter>"
                + "<ac:parameter ac:name=\"due\">" + due(k) + "</ac:parameter>"
                + "<ac:rich-text-body><p>Planted&nbsp;task <strong>" + k + "</strong> &ndash; check the report</p>"
                + "</ac:rich-text-body></ac:structured-macro>";
    }

    private static String due(int k) {
        return String.format("2026-%02d-%02d", k % 12 + 1, k % 28 + 1);
    }
}
