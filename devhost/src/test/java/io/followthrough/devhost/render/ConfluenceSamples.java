// Reads the storage-format samples from real Confluence instances kept beside the project.
package io.followthrough.devhost.render;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

final class ConfluenceSamples {

    private static final String FOLDER = "shared/fixtures/confluence-storage";
    // The macro samples wrap storage format in a root element that declares placeholder namespaces.
    private static final Pattern WRAPPED = Pattern.compile("\\A\\s*(?:<\\?xml[^>]*\\?>)?\\s*<(xml|html)\\b[^>]*>(.*)</\\1>\\s*\\z",
            Pattern.DOTALL);

    private ConfluenceSamples() {
    }

    /** The samples folder, found from the working directory upwards; skips the test when it is absent. */
    static Path folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FOLDER);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "Confluence storage samples not found: no " + FOLDER
                + " folder beside the project or above it; skipping tests that read them");
        throw new IllegalStateException("unreachable");
    }

    static List<Path> files(String subfolder) {
        try (Stream<Path> files = Files.list(folder().resolve(subfolder))) {
            return files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
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

    /** A macro sample's storage format, without its wrapping root element. */
    static String unwrapped(Path macroSample) {
        String text = read(macroSample);
        Matcher wrapped = WRAPPED.matcher(text);
        return wrapped.matches() ? wrapped.group(2) : text;
    }

    /** The page bodies in a space export: the body property of each BodyContent object. */
    static List<String> pageBodies(Path export) {
        return Jsoup.parse(read(export), "", Parser.xmlParser())
                .select("object[class=BodyContent] > property[name=body]").stream()
                .map(Element::wholeText)
                .toList();
    }

    /** Names of the macros in a piece of storage format, in page order. */
    static List<String> macroNames(String storageFormat) {
        return Jsoup.parse(storageFormat, "", Parser.xmlParser()).getAllElements().stream()
                .filter(element -> element.normalName().equals("ac:structured-macro")
                        || element.normalName().equals("ac:macro"))
                .map(element -> element.attr("ac:name"))
                .toList();
    }
}
