package io.followthrough.devhost.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.HostPages;
import io.followthrough.devhost.data.HostSchema;
import io.followthrough.devhost.data.HostSpaces;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.HostUsers;
import io.followthrough.devhost.data.PageRecord;
import io.followthrough.devhost.data.PageRecord.PageStatus;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.StatementCounter;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listing a space's pages reads no bodies and looks up no authors, as Confluence's lazy body
 * content and authors; each is read on first use.
 */
class HostPageManagerTest {
    @TempDir
    Path dataDir;

    private HostDatabase database;
    private StatementCounter counter;
    private HostUsers users;
    private HostPages pages;
    private HostPageManager manager;
    private Space space;
    private String aliceKey;
    private String bobKey;

    @BeforeEach
    void aSpace() {
        database = TestDatabases.hsqldbFile(dataDir);
        HostSchema.create(database.dataSource());
        counter = new StatementCounter(database.dataSource());
        users = new HostUsers(counter.dataSource());
        HostSpaces spaces = new HostSpaces(counter.dataSource());
        pages = new HostPages(counter.dataSource(), Clock.systemUTC());
        manager = new HostPageManager(pages, new PageObjects(spaces, users, pages));
        space = spaces.create("TEAM", "Team");
        aliceKey = users.create("alice", "Alice", "a@example.com", "alice", false).key().getStringValue();
        bobKey = users.create("bob", "Bob", "b@example.com", "bob", false).key().getStringValue();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private PageRecord page(String title) {
        return pages.create(space.getId(), title, "<p>Body of " + title + "</p>", aliceKey);
    }

    @Test
    void listingTwoHundredPagesCostsWhatListingTwoCosts() {
        page("A");
        page("B");
        long forTwo = counter.countDuring(() -> manager.getPages(space, true));
        for (int i = 0; i < 198; i++) {
            page("Page " + i);
        }

        long forTwoHundred = counter.countDuring(() -> assertThat(manager.getPages(space, true)).hasSize(200));

        assertThat(forTwoHundred).isEqualTo(forTwo);
    }

    @Test
    void aListedPagesBodyIsReadWithOneQueryOnFirstUseAndIsTheSavedBody() {
        page("A");
        page("B");
        Page b = manager.getPages(space, true).get(1);

        assertThat(counter.countDuring(() -> assertThat(b.getBodyAsString()).isEqualTo("<p>Body of B</p>"))).isEqualTo(1);
        assertThat(counter.countDuring(b::getBodyAsString)).isZero();
        assertThat(b.getTitle()).isEqualTo("B");
        assertThat(b.getVersion()).isEqualTo(1);
        assertThat(b.getCreator().getName()).isEqualTo("alice");
        assertThat(b.getLastModifier().getName()).isEqualTo("alice");
    }

    @Test
    void aListingLooksUpItsAuthorsOnlyWhenAskedAndThenForAllItsPagesInOneQuery() {
        page("A");
        PageRecord b = page("B");
        pages.update(b.id(), 1, "B", "<p>Edited</p>", bobKey).orElseThrow();
        long listingAlone = counter.countDuring(() -> manager.getPages(space, true));
        List<Page> listed = manager.getPages(space, true);

        long firstAsk = counter.countDuring(() -> assertThat(listed.get(0).getCreator().getName()).isEqualTo("alice"));
        long laterAsks = counter.countDuring(() -> {
            assertThat(listed.get(1).getCreator().getName()).isEqualTo("alice");
            assertThat(listed.get(1).getLastModifier().getName()).isEqualTo("bob");
            assertThat(listed.get(0).getLastModifier().getName()).isEqualTo("alice");
        });

        assertThat(listingAlone).isEqualTo(1); // the pages alone
        assertThat(firstAsk).isEqualTo(1);
        assertThat(laterAsks).isZero();
    }

    @Test
    void anAuthorSetOnAListedPageIsKeptWithoutLookingUpTheStoredOne() {
        page("A");
        Page listed = manager.getPages(space, true).get(0);
        HostUser bob = users.byName("bob").orElseThrow();

        assertThat(counter.countDuring(() -> {
            listed.setCreator(bob);
            listed.setLastModifier(null);
            assertThat(listed.getCreator()).isEqualTo(bob);
            assertThat(listed.getLastModifier()).isNull();
        })).isZero();
    }

    @Test
    void aPageEditedByAnotherUserNamesThemLastModifierAndItsAuthorCreator() {
        PageRecord a = page("A");
        pages.update(a.id(), 1, "A", "<p>Edited</p>", bobKey).orElseThrow();

        Page listed = manager.getPages(space, true).get(0);
        Page byId = manager.getPage(a.id());

        assertThat(List.of(listed, byId)).allSatisfy(page -> {
            assertThat(page.getVersion()).isEqualTo(2);
            assertThat(page.getCreator().getName()).isEqualTo("alice");
            assertThat(page.getLastModifier().getName()).isEqualTo("bob");
        });
    }

    @Test
    void trashedPagesAreListedLazilyToo() {
        page("Live");
        PageRecord gone = page("Gone");
        pages.changeStatus(gone.id(), PageStatus.CURRENT, PageStatus.TRASHED);

        List<Page> all = manager.getPages(space, false);

        assertThat(all).extracting(Page::getTitle).containsExactly("Live", "Gone");
        assertThat(manager.getPages(space, true)).extracting(Page::getTitle).containsExactly("Live");
        assertThat(counter.countDuring(() -> assertThat(all.get(1).getBodyAsString()).isEqualTo("<p>Body of Gone</p>")))
                .isEqualTo(1);
    }

    @Test
    void aListedPageKeepsTheBodyOfTheVersionItWasListedAt() {
        PageRecord a = page("A");
        Page listed = manager.getPages(space, true).get(0);

        pages.update(a.id(), 1, "A", "<p>Edited</p>", aliceKey);

        assertThat(listed.getVersion()).isEqualTo(1);
        assertThat(listed.getBodyAsString()).isEqualTo("<p>Body of A</p>");
        assertThat(manager.getPages(space, true).get(0).getBodyAsString()).isEqualTo("<p>Edited</p>");
    }

    @Test
    void aBodySetOnAListedPageIsKeptWithoutReadingTheStoredOne() {
        page("A");
        Page listed = manager.getPages(space, true).get(0);

        long statements = counter.countDuring(() -> {
            listed.setBodyAsString("<p>Changed in memory</p>");
            assertThat(listed.getBodyAsString()).isEqualTo("<p>Changed in memory</p>");
        });

        assertThat(statements).isZero();
    }

    @Test
    void aListedPagePurgedBeforeItsBodyIsReadSaysSo() {
        PageRecord a = page("A");
        Page listed = manager.getPages(space, true).get(0);
        pages.changeStatus(a.id(), PageStatus.CURRENT, PageStatus.TRASHED);
        pages.purge(a.id());

        assertThatThrownBy(listed::getBodyAsString).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("purged after it was listed");
    }

    @Test
    void aPageLookedUpByIdComesWithItsBody() {
        PageRecord a = page("A");
        Page byId = manager.getPage(a.id());

        assertThat(counter.countDuring(() -> assertThat(byId.getBodyAsString()).isEqualTo("<p>Body of A</p>"))).isZero();
        assertThat(manager.getAbstractPage(a.id()).getBodyAsString()).isEqualTo("<p>Body of A</p>");
    }
}
