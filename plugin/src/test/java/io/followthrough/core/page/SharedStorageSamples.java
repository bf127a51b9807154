package io.followthrough.core.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Reads the real Confluence storage-format samples kept beside the project; tests skip when they are absent. */
final class SharedStorageSamples {
    private static final String FOLDER = "shared/fixtures/confluence-storage";
    private static final Pattern BODY_CONTENT = Pattern.compile(
            "<object class=\"BodyContent\".*?<property name=\"body\">((?:<!\\[CDATA\\[.*?]]>)+)</property>", Pattern.DOTALL);
    private static final Pattern SAMPLE_ROOT = Pattern.compile(
            "\\A\\s*(?:<\\?xml[^>]*\\?>\\s*)?<(?:xml|html)\\b[^>]*>|</(?:xml|html)>\\s*\\z");
    private static final Pattern CDATA_OR_COMMENT = Pattern.compile(
            "<!\\[CDATA\\[.*?(?:]]>|\\z)|<!--.*?(?:-->|\\z)", Pattern.DOTALL);
    private static final Pattern MACRO_NAME = Pattern.compile(
            "<ac:(?:structured-)?macro(?=[\\s/>])[^>]*?\\sac:name=\"([^\"]*)\"");

    private SharedStorageSamples() {
    }

    /** The samples folder, found by walking up from the working directory. */
    static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FOLDER);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return Assumptions.abort("Real storage-format samples not found: no " + FOLDER
                + " above the working directory; tests that read them are skipped");
    }

    static List<Path> files(String subfolder, String suffix) {
        try (Stream<Path> files = Files.list(folder().resolve(subfolder))) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page bodies of a space export, as Confluence stores them in BodyContent objects. */
    static List<String> exportBodies(Path entitiesXml) {
        List<String> bodies = new ArrayList<>();
        Matcher body = BODY_CONTENT.matcher(read(entitiesXml));
        while (body.find()) {
            String sections = body.group(1);
            // An export splits a CDATA end marker inside a body across two sections.
            bodies.add(sections.substring("<![CDATA[".length(), sections.length() - "]]>".length())
                    .replace("]]><![CDATA[", ""));
        }
        return bodies;
    }

    /** A macro sample without the root element that gives it namespaces: a fragment as a page body holds it. */
    static String fragment(Path macroSample) {
        return SAMPLE_ROOT.matcher(read(macroSample)).replaceAll("");
    }

    /** The names of the macros in the storage, outside CDATA and comments, by plain pattern matching. */
    static List<String> macroNames(String storage) {
        Matcher name = MACRO_NAME.matcher(CDATA_OR_COMMENT.matcher(storage).replaceAll(""));
        List<String> names = new ArrayList<>();
        while (name.find()) {
            names.add(name.group(1));
        }
        return names;
    }
}
