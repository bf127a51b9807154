package io.followthrough.confluence.macro;

import com.atlassian.sal.api.message.I18nResolver;
import io.followthrough.core.param.ParameterProblem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns core results into the words a macro shows, all from the i18n bundle. */
public final class MacroText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

    private final I18nResolver i18n;
    private final String macroName;

    public MacroText(I18nResolver i18n, String macroName) {
        this.i18n = i18n;
        this.macroName = macroName;
    }

    /** One sentence per problem naming the field, the value and how to fix it. */
    public List<String> problems(List<ParameterProblem> problems) {
        return problems.stream().map(this::problem).collect(Collectors.toList());
    }

    private String problem(ParameterProblem problem) {
        String field = i18n.getText("io.followthrough.confluence." + macroName + ".param." + problem.field() + ".label");
        String code = problem.code().name().toLowerCase(Locale.ROOT).replace('_', '-');
        return i18n.getText("io.followthrough.confluence.problem." + code, field, problem.value());
    }

    /** Names as a list for a sentence, each in quotation marks: “A”, “B”. */
    String quoted(List<String> names) {
        return names.stream().map(name -> i18n.getText("io.followthrough.confluence.quoted", name))
                .collect(Collectors.joining(", "));
    }

    public static String day(LocalDate date) {
        return DAY.format(date);
    }
}
