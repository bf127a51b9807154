package io.followthrough.core.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Our macros in small pages written the way Confluence stores them: layouts, tables, tasks, code. */
class StorageSamplesTest {
    private static final Set<String> OURS = Set.of("ft-purpose", "ft-outcome", "ft-action");
    private static final String ALICE = "8a7f808a7c5e1c2b017c5e1d4f4a0001";
    private static final String BOB = "8a7f808a7c5e1c2b017c5e1d4f4a0002";
    private static final String CAROL = "8a7f808a7c5e1c2b017c5e1d4f4a0003";

    private final StorageScanner scanner = new StorageScanner();

    private PageMacros scan(String sample) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/storage/" + sample)) {
            assertThat(in).as(sample).isNotNull();
            return scanner.find(new String(in.readAllBytes(), StandardCharsets.UTF_8), 1001, OURS::contains);
        }
    }

    @Test
    void aPlanInALayoutYieldsPurposeOutcomeAndActionsFromTableAndExpandButNotFromCode() throws IOException {
        List<FoundMacro> found = scan("quarterly-plan.xml").macros();

        assertThat(found).extracting(FoundMacro::name, FoundMacro::macroId, FoundMacro::position).containsExactly(
                tuple("ft-purpose", "5a0c1e7e-2b1d-4c55-9a6e-1f7d3c2b9a01", 0),
                tuple("ft-outcome", "0b4d2f61-7a3e-4e0f-8c1a-6d5b4a3c2e10", 1),
                tuple("ft-action", "c3f1a9d2-58e4-4b7a-9e0c-2a1b3c4d5e01", 2),
                tuple("ft-action", "c3f1a9d2-58e4-4b7a-9e0c-2a1b3c4d5e02", 5));
        assertThat(found.get(0).parameters())
                .containsExactly(entry("sponsor", ALICE), entry("until", "2026-09-30"), entry("review", "2026-08-01"));
        assertThat(found.get(0).bodyText())
                .isEqualTo("New customers reach their first successful import within a week \u2014 without a support call.");
        assertThat(found.get(1).parameters()).containsExactly(entry("title", "Self-service import"),
                entry("owner", BOB), entry("due", "2026-09-15"), entry("measure", "Median time to first import < 7\u00a0days"));
        assertThat(found.get(2).parameters()).containsExactly(
                entry("owner", CAROL), entry("due", "2026-07-31"), entry("outcome", "Self-service import"));
        assertThat(found.get(2).bodyText()).isEqualTo("Rewrite the CSV mapping help page so that every column is"
                + " explained with an example\u2026 German and English reviewed by");
        assertThat(found.get(3).parameters()).containsExactly(entry("owner", "mkeller"), entry("requester", ALICE),
                entry("kind", "offer"), entry("due", "2026-08-14"), entry("outcome", "Self-service import"));
        assertThat(found.get(3).bodyText()).isEqualTo("Show the first three mapping errors inline, with the row number.");
    }

    @Test
    void retrospectiveNotesReportTheCopiedActionAndGiveTheOneWithoutIdAFallback() throws IOException {
        PageMacros page = scan("retrospective.xml");

        assertThat(page.macros()).extracting(FoundMacro::macroId, FoundMacro::fallbackId, page::isRepeat)
                .containsExactly(
                        tuple("d7e8f9a0-1b2c-4d3e-8f4a-5b6c7d8e9f01", false, false),
                        tuple("fallback-1001-ft-action-1", true, false),
                        tuple("d7e8f9a0-1b2c-4d3e-8f4a-5b6c7d8e9f01", false, true));
        assertThat(page.duplicateIds()).containsExactly("d7e8f9a0-1b2c-4d3e-8f4a-5b6c7d8e9f01");
    }

    @Test
    void theSameWordsUnderOtherLineBreaksAndBoldHashTheSame() throws IOException {
        List<FoundMacro> found = scan("retrospective.xml").macros();

        assertThat(found.get(0).bodyText()).isEqualTo("Write the rollback checklist for database migrations.");
        assertThat(found.get(0).bodyHash()).isEqualTo(found.get(2).bodyHash());
        assertThat(found.get(1).bodyText()).isEqualTo("Book a room for the Q3 planning day.");
    }

    @Test
    void examplesInCodeAndCommentsAreNotActionsButALiveOneInAnExcerptIs() throws IOException {
        List<FoundMacro> found = scan("writing-action-items.xml").macros();

        assertThat(found).extracting(FoundMacro::name, FoundMacro::position)
                .containsExactly(tuple("ft-outcome", 2), tuple("ft-action", 4));
        assertThat(found.get(1).parameters()).containsExactly(entry("owner", BOB), entry("requester", ALICE),
                entry("due", "2026-10-01"), entry("outcome", "Clear requests"));
        assertThat(found.get(1).bodyText()).isEqualTo(
                "Review the \u201chow to ask\u201d guide & link it from the space home. Done when: the link is on /display/HOW");
    }
}
