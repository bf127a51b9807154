package io.followthrough.devhost.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.spaces.Space;
import io.followthrough.devhost.data.HostPages;
import io.followthrough.devhost.data.HostSchema;
import io.followthrough.devhost.data.HostSpaces;
import io.followthrough.devhost.data.HostUser;
import io.followthrough.devhost.data.HostUsers;
import io.followthrough.devhost.data.PageRecord;
import io.followthrough.devhost.data.PageRecord.PageStatus;
import io.followthrough.devhost.data.SpacePermission;
import io.followthrough.devhost.db.HostDatabase;
import io.followthrough.devhost.db.StatementCounter;
import io.followthrough.devhost.db.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Filtering many pages at once: the same answers as one by one, with queries per space, not per page. */
class HostPermissionManagerTest {
    @TempDir
    Path dataDir;

    private HostDatabase database;
    private StatementCounter counter;
    private HostPermissionManager permissions;
    private HostUser alice;
    private HostUser bob;
    private HostSpaces spaces;
    private HostPages pages;
    private PageObjects objects;

    @BeforeEach
    void twoSpacesWithPages() {
        database = TestDatabases.hsqldbFile(dataDir);
        HostSchema.create(database.dataSource());
        counter = new StatementCounter(database.dataSource());
        HostUsers users = new HostUsers(counter.dataSource());
        spaces = new HostSpaces(counter.dataSource());
        pages = new HostPages(counter.dataSource(), Clock.systemUTC());
        objects = new PageObjects(spaces, users, pages);
        permissions = new HostPermissionManager(spaces, pages, users, new SiteSettings(false));
        alice = users.create("alice", "Alice", "a@example.com", "alice", false);
        bob = users.create("bob", "Bob", "b@example.com", "bob", false);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<Page> pagesIn(Space space, int count, String author) {
        List<Page> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PageRecord record = pages.create(space.getId(), space.getKey() + " page " + i, "<p>x</p>", author);
            created.add(objects.page(record, space));
        }
        return created;
    }

    @Test
    void permittedPagesAreThoseViewableOneByOne() {
        Space team = spaces.create("TEAM", "Team");
        Space secret = spaces.create("SECRET", "Secret");
        spaces.grant(team, "alice", SpacePermission.ADMINISTER);
        spaces.grant(team, "bob", SpacePermission.VIEW);
        List<Page> all = new ArrayList<>(pagesIn(team, 4, alice.key().getStringValue()));
        all.addAll(pagesIn(secret, 2, alice.key().getStringValue()));
        pages.restrictViewing(all.get(1).getId(), Set.of("bob"));

        for (HostUser user : List.of(alice, bob)) {
            List<Page> oneByOne = all.stream().filter(p -> permissions.hasPermission(user, Permission.VIEW, p)).toList();
            assertThat(permissions.<Page>getPermittedEntities(user, Permission.VIEW, all)).isEqualTo(oneByOne);
        }
        assertThat(permissions.<Page>getPermittedEntities(alice, Permission.VIEW, all)).hasSize(3).doesNotContain(all.get(1));
    }

    @Test
    void filteringCostsTheSameNumberOfQueriesForTwoPagesAsForTwoHundred() {
        Space few = spaces.create("FEW", "Few");
        Space many = spaces.create("MANY", "Many");
        spaces.grant(few, "alice", SpacePermission.VIEW);
        spaces.grant(many, "alice", SpacePermission.VIEW);
        List<Page> two = pagesIn(few, 2, alice.key().getStringValue());
        List<Page> twoHundred = pagesIn(many, 200, alice.key().getStringValue());
        pages.restrictViewing(twoHundred.get(7).getId(), Set.of("bob"));

        long forTwo = counter.countDuring(() -> permissions.getPermittedEntities(alice, Permission.VIEW, two));
        long forTwoHundred = counter.countDuring(() ->
                assertThat(permissions.getPermittedEntities(alice, Permission.VIEW, twoHundred)).hasSize(199));

        assertThat(forTwoHundred).isEqualTo(forTwo);
        assertThat(pages.inSpace(many.getId(), PageStatus.CURRENT)).hasSize(200);
    }
}
