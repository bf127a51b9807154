package io.followthrough.core.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The scanner on real Confluence storage format: it finds what is there and never throws. */
class SharedSamplesScanTest {
    private final StorageScanner scanner = new StorageScanner();

    private List<FoundMacro> all(String storage) {
        return scanner.find(storage, 7, name -> true).macros();
    }

    private List<FoundMacro> sample(String file) {
        return all(SharedStorageSamples.read(SharedStorageSamples.folder().resolve("macros").resolve(file)));
    }

    @Test
    void everyMacroSampleYieldsExactlyTheMacrosItHolds() {
        List<Path> samples = SharedStorageSamples.files("macros", ".xml");
        assertThat(samples).isNotEmpty();

        for (Path sample : samples) {
            String storage = SharedStorageSamples.read(sample);
            assertThat(all(storage)).as(sample.getFileName().toString()).extracting(FoundMacro::name)
                    .containsExactlyElementsOf(SharedStorageSamples.macroNames(storage));
        }
    }

    @Test
    void knownSamplesHoldTheMacrosTheirNamesPromise() {
        long jiraMacros = SharedStorageSamples.files("macros", ".xml").stream()
                .filter(f -> f.getFileName().toString().startsWith("jira-"))
                .flatMap(f -> all(SharedStorageSamples.read(f)).stream())
                .filter(m -> m.name().equals("jira")).count();

        assertThat(jiraMacros).isEqualTo(8);
        assertThat(sample("info-macro-input.xml")).extracting(FoundMacro::name).containsExactly("info");
        assertThat(sample("expand-macro-input.xml")).extracting(FoundMacro::name, FoundMacro::bodyText)
                .containsExactly(tuple("expand", "something something more"));
        assertThat(sample("excerpt-macro-input.xml")).hasSize(10).extracting(FoundMacro::name).containsOnly("excerpt");
        assertThat(sample("column-macro-input.xml")).extracting(FoundMacro::name)
                .containsExactly("panel", "column", "column", "note", "column");
        assertThat(sample("local-tab-macro-input.xml")).extracting(FoundMacro::name, FoundMacro::parameters)
                .containsExactly(tuple("localtabgroup", Map.of()), tuple("localtab", Map.of("title", "Test")));
        assertThat(sample("layout-input.xml")).extracting(FoundMacro::macroId).containsExactly(
                "6c24eab6-a197-46e3-aab4-a4f62f35647f", "c95c47f9-2721-4cd0-923a-9243c7dcf12a",
                "874bee89-fa63-4b21-9d70-0e1d1d5df440", "c0a56ba3-7bf3-446d-b029-5b83f2eced55",
                "49af81c0-69b8-4650-aebd-2e1a1a423f04");
    }

    @Test
    void readsParametersAndBodiesOfRealMacros() {
        assertThat(sample("unhandled-macro-input.xml")).filteredOn(m -> m.name().equals("tasks-report-macro"))
                .extracting(m -> m.parameters().get("assignees")).containsExactly("123456", "123456,789456");
        assertThat(sample("children-macro-input.xml")).extracting(m -> m.parameters().get("page"))
                .containsExactly(null, null, "Some page", "Some other page", "Unknown page", "Unknown page", "Some page");
        assertThat(sample("table-complex-with-include-input.xml").get(0).parameters())
                .containsExactly(entry("", "Products nav"));
        assertThat(sample("contentbylabel-macro-input.xml").get(0).parameters())
                .containsEntry("cql", "label = \"label_1\" and label = \"label_2\"");
        assertThat(sample("details-macro-input.xml").get(0).bodyText())
                .isEqualTo("Ipsum dolor There may be multiple rich texts");
        assertThat(sample("code-standard-input.xml")).extracting(FoundMacro::bodyText)
                .containsExactly("SELECT * FROM menu;", "{ \"name\": \"test\", \"version\": \"null\" }");
        assertThat(sample("task-report-macro-preserve-input.xml")).extracting(FoundMacro::fallbackId)
                .containsOnly(false);
    }

    @Test
    void reportsTheDuplicateIdsRealPagesContain() {
        String storage = SharedStorageSamples.read(SharedStorageSamples.folder().resolve("macros/gliffy-macro-input.xml"));
        PageMacros page = scanner.find(storage, 7, "gliffy"::equals);

        assertThat(page.duplicateIds()).containsExactly("12345");
        assertThat(page.macros()).extracting(page::isRepeat).containsExactly(false, true, true);
    }

    @Test
    void everyPageBodyInTheSpaceExportsScansAndYieldsItsMacros() {
        List<String> bodies = SharedStorageSamples.files("exports", "-entities.xml").stream()
                .flatMap(f -> SharedStorageSamples.exportBodies(f).stream()).toList();
        assertThat(bodies).hasSize(29);

        List<FoundMacro> found = new ArrayList<>();
        for (String body : bodies) {
            List<FoundMacro> inBody = all(body);
            assertThat(inBody).extracting(FoundMacro::name).containsExactlyElementsOf(SharedStorageSamples.macroNames(body));
            found.addAll(inBody);
        }
        assertThat(found).extracting(FoundMacro::name, m -> m.parameters().get("buttonLabel"))
                .containsExactly(tuple("create-from-template", "Neues Projekt erstellen"));
    }

    @Test
    void aMegabytePageOfRealFragmentsYieldsExactlyThePlantedActions() {
        List<String> fragments = Stream.concat(
                SharedStorageSamples.files("macros", ".xml").stream().map(SharedStorageSamples::fragment),
                SharedStorageSamples.files("exports", "-entities.xml").stream()
                        .flatMap(f -> SharedStorageSamples.exportBodies(f).stream())).toList();
        PlantedPage page = PlantedPage.build(fragments, 1_000_000);

        List<FoundMacro> found = scanner.find(page.storage(), 99, "ft-action"::equals).macros();

        assertThat(page.storage().length()).isGreaterThanOrEqualTo(1_000_000);
        assertThat(found).extracting(FoundMacro::macroId, FoundMacro::parameters, FoundMacro::bodyText)
                .containsExactlyElementsOf(page.expected());
        assertThat(all(page.storage())).hasSize(SharedStorageSamples.macroNames(page.storage()).size());
    }
}
