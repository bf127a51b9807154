package io.followthrough.bench;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import io.followthrough.confluence.host.ConfluenceDirectory;
import io.followthrough.confluence.store.AoActionItemStore;
import io.followthrough.confluence.store.AoOutcomeStore;
import io.followthrough.confluence.store.AoPurposeStore;
import io.followthrough.confluence.store.AoTransactions;
import io.followthrough.confluence.sync.OutcomePageSync;
import io.followthrough.confluence.sync.PageSyncService;
import io.followthrough.core.commitment.Commitments;
import io.followthrough.core.commitment.PageSync;
import io.followthrough.core.outcome.OutcomeSync;
import io.followthrough.core.outcome.Outcomes;
import io.followthrough.core.purpose.PurposeSync;
import io.followthrough.devhost.DevHost;
import io.followthrough.devhost.ao.HostActiveObjects;
import io.followthrough.devhost.services.HostPageManager;
import io.followthrough.devhost.services.HostSpaceManager;
import io.followthrough.devhost.services.HostUserAccessor;
import io.followthrough.devhost.web.HostApp;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's sync and move path built bench-side, as plugin/src/main/resources/META-INF/spring/plugin-context.xml
 * wires it, over the dev host's database and host services but on a {@link SimulatedClock}: Active
 * Objects of the plugin's namespace (the same AO_5033A6_ tables the running plugin uses), the
 * plugin's stores, page sync, moves and outcome status updates. Nothing here publishes page events.
 */
final class SimulatedApp {
    /** The plugin's {@code <ao namespace>} in atlassian-plugin.xml. */
    static final String AO_NAMESPACE = "io.followthrough";

    final SimulatedClock clock;
    final HostActiveObjects ao;
    final AoActionItemStore items;
    final AoOutcomeStore outcomeStore;
    final AoTransactions transactions;
    final PageSyncService pageSync;
    final Commitments commitments;
    final Outcomes outcomes;

    SimulatedApp(DevHost host, HostActiveObjects ao, SimulatedClock clock) {
        this.clock = clock;
        this.ao = ao;
        HostApp app = host.app();
        ConfluenceDirectory directory = new ConfluenceDirectory(new RememberingUserAccessor(new HostUserAccessor(app.users())));
        this.items = new AoActionItemStore(ao, clock);
        this.outcomeStore = new AoOutcomeStore(ao);
        AoPurposeStore purposes = new AoPurposeStore(ao);
        this.transactions = new AoTransactions(ao);
        OutcomePageSync outcomePages = new OutcomePageSync(new OutcomeSync(outcomeStore, transactions, clock),
                new PurposeSync(purposes, transactions), directory);
        this.pageSync = new PageSyncService(new PageSync(items, transactions, clock), directory,
                new HostPageManager(app.pages(), app.objects()), new HostSpaceManager(app.spaces()), outcomePages);
        this.commitments = new Commitments(items, transactions, clock);
        this.outcomes = new Outcomes(outcomeStore, purposes, transactions, clock);
    }

    /** Active Objects of the plugin's namespace on the dev host's database (its tables exist: the running plugin made them). */
    static HostActiveObjects activeObjects(DevHost host) {
        return new HostActiveObjects(host.database().dataSource(), host.database().kind(), AO_NAMESPACE);
    }

    /**
     * Remembers every user lookup, as Confluence's user cache does; without it each macro
     * parameter naming a user costs the generator two queries of the host's user table.
     */
    private static final class RememberingUserAccessor implements UserAccessor {
        private final UserAccessor users;
        private final Map<String, Optional<ConfluenceUser>> byKey = new ConcurrentHashMap<>();
        private final Map<String, Optional<ConfluenceUser>> byName = new ConcurrentHashMap<>();

        RememberingUserAccessor(UserAccessor users) {
            this.users = users;
        }

        @Override
        public ConfluenceUser getUserByKey(UserKey userKey) {
            return userKey == null ? null : byKey.computeIfAbsent(userKey.getStringValue(),
                    key -> Optional.ofNullable(users.getUserByKey(userKey))).orElse(null);
        }

        @Override
        public ConfluenceUser getUserByName(String name) {
            return name == null ? null
                    : byName.computeIfAbsent(name, n -> Optional.ofNullable(users.getUserByName(n))).orElse(null);
        }

        @Override
        public List<ConfluenceUser> getUsersByUserKeys(List<UserKey> userKeys) {
            return userKeys.stream().map(this::getUserByKey).filter(Objects::nonNull).toList();
        }
    }
}
