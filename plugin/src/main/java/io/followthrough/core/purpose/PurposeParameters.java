package io.followthrough.core.purpose;

import io.followthrough.core.param.ParameterReader;
import io.followthrough.core.param.Parsed;
import io.followthrough.core.port.Directory;
import java.util.Map;

/** Reads an ft-purpose macro's parameters: sponsor (user), until and review (yyyy-MM-dd). */
public final class PurposeParameters {
    public static final String SPONSOR = "sponsor";
    public static final String UNTIL = "until";
    public static final String REVIEW = "review";

    private final Directory directory;

    public PurposeParameters(Directory directory) {
        this.directory = directory;
    }

    public Parsed<Purpose> read(Map<String, String> parameters) {
        ParameterReader reader = new ParameterReader(parameters, directory);
        return reader.result(new Purpose(
                reader.user(SPONSOR, true),
                reader.date(UNTIL, true),
                reader.date(REVIEW, false)));
    }
}
