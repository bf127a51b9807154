// Renders the storage-format samples from real Confluence instances: nothing throws, every macro is offered.
package io.followthrough.devhost.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class StorageRendererSamplesTest {

    @TestFactory
    Stream<DynamicTest> everyMacroSampleRendersWithAPlaceholderForEachMacro() {
        return ConfluenceSamples.files("macros").stream().map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), () -> rendersWithPlaceholders(ConfluenceSamples.unwrapped(file))));
    }

    @TestFactory
    Stream<DynamicTest> everyPageBodyInTheSpaceExportsRendersWithAPlaceholderForEachMacro() {
        return ConfluenceSamples.files("exports").stream().flatMap(export -> {
            List<String> bodies = ConfluenceSamples.pageBodies(export);
            return Stream.iterate(0, i -> i < bodies.size(), i -> i + 1).map(i -> DynamicTest.dynamicTest(
                    export.getFileName() + " body " + (i + 1), () -> rendersWithPlaceholders(bodies.get(i))));
        });
    }

    @Test
    void spaceExportsHoldPageBodies() {
        Path export = ConfluenceSamples.folder().resolve("exports/SingleSource-entities.xml");

        assertThat(ConfluenceSamples.pageBodies(export)).hasSize(10).contains("<p>Hello blog world.</p>");
    }

    @Test
    void sampleUserMentionsAndTaskAssigneesShowUsers() {
        String html = render(ConfluenceSamples.unwrapped(ConfluenceSamples.folder().resolve("macros/userlinktest-input.xml")));

        assertThat(html).contains("<span class=\"devhost-user-mention\">123456</span>",
                "<span class=\"devhost-user-mention\">Unknown user</span>");
    }

    @Test
    void sampleTaskReportGetsItsAssigneesAsUsernames() {
        RecordingInvoker invoker = new RecordingInvoker();
        new StorageRenderer(invoker, new KnownUsers()).toHtml(ConfluenceSamples.unwrapped(
                ConfluenceSamples.folder().resolve("macros/task-report-macro-preserve-input.xml")));

        assertThat(invoker.calls()).extracting(call -> call.parameters().get("assignees"))
                .containsExactly("123456", "123456,789456");
        assertThat(invoker.calls().get(0).parameters()).containsEntry("spaces", "MT,AB").containsEntry("creators", "");
    }

    @Test
    void samplesCutAndShuffledAtRandomStillRender() {
        Random random = new Random(20261122);
        for (Path file : ConfluenceSamples.files("macros")) {
            String sample = ConfluenceSamples.read(file);
            for (int i = 0; i < 20; i++) {
                int from = random.nextInt(sample.length());
                int to = from + random.nextInt(sample.length() - from + 1);
                String broken = sample.substring(to) + sample.substring(0, from) + sample.substring(from, to);

                assertThat(render(broken)).as("%s variant %d", file.getFileName(), i).doesNotContain("<ac:", "<ri:");
            }
        }
    }

    private static void rendersWithPlaceholders(String storageFormat) {
        RecordingInvoker invoker = new RecordingInvoker();

        String html = new StorageRenderer(invoker, new KnownUsers()).toHtml(storageFormat);

        List<String> names = ConfluenceSamples.macroNames(storageFormat);
        assertThat(invoker.calls()).extracting(MacroCall::name).containsExactlyInAnyOrderElementsOf(names);
        names.forEach(name -> assertThat(html).contains("data-macro-name=\"" + name + "\">" + name + "<"));
        assertThat(html).doesNotContain("<ac:", "<ri:", "<script");
    }

    private static String render(String storageFormat) {
        return new StorageRenderer(new RecordingInvoker(), new KnownUsers()).toHtml(storageFormat);
    }
}
