package io.followthrough.confluence.host;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import io.followthrough.core.port.Person;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which question the directory asks Confluence first: by name for what a macro parameter holds, by
 * key for what the store holds, so that the usual case costs one lookup (a miss in Confluence's
 * user directory is not cached). The accessor here answers for one user and notes the questions.
 */
class ConfluenceDirectoryTest {
    private final List<String> asked = new ArrayList<>();
    private final ConfluenceDirectory directory = new ConfluenceDirectory(new OneUser(asked));

    @Test
    void aStoredUserKeyIsAskedForByKeyFirst() {
        assertThat(directory.byKey("k-alice")).contains(new Person("k-alice", "alice", "Alice Liddell"));
        assertThat(asked).containsExactly("key k-alice");
    }

    @Test
    void aMacroParameterIsAskedForByNameFirst() {
        assertThat(directory.find("alice")).contains(new Person("k-alice", "alice", "Alice Liddell"));
        assertThat(asked).containsExactly("name alice");
    }

    @Test
    void eachFallsBackToTheOtherAndNeitherInventsAUser() {
        assertThat(directory.byKey("alice")).map(Person::key).contains("k-alice");
        assertThat(directory.find("k-alice")).map(Person::key).contains("k-alice");
        assertThat(directory.byKey("nobody")).isEmpty();
        assertThat(asked).containsExactly("key alice", "name alice", "name k-alice", "key k-alice", "key nobody", "name nobody");
    }

    @Test
    void manyStoredKeysAreAskedForInOneQuestionAndOnlyTheMissesByName() {
        assertThat(directory.byKeys(List.of("k-alice", "alice", "nobody")))
                .containsOnlyKeys("k-alice", "alice")
                .containsEntry("alice", new Person("k-alice", "alice", "Alice Liddell"));
        assertThat(asked).hasSize(3).first().asString().startsWith("keys ");
        assertThat(asked.get(0)).contains("k-alice", "alice", "nobody");
        assertThat(asked.subList(1, 3)).containsExactlyInAnyOrder("name alice", "name nobody");
    }

    /** Confluence's accessor as far as the directory uses it, knowing alice (key k-alice). */
    private record OneUser(List<String> asked) implements UserAccessor {
        @Override
        public ConfluenceUser getUserByKey(UserKey userKey) {
            asked.add("key " + userKey.getStringValue());
            return userKey.getStringValue().equals("k-alice") ? new Alice() : null;
        }

        @Override
        public List<ConfluenceUser> getUsersByUserKeys(List<UserKey> userKeys) {
            asked.add("keys " + userKeys.stream().map(UserKey::getStringValue).sorted().toList());
            return userKeys.stream().filter(key -> key.getStringValue().equals("k-alice"))
                    .map(key -> (ConfluenceUser) new Alice()).toList();
        }

        @Override
        public ConfluenceUser getUserByName(String name) {
            asked.add("name " + name);
            return name.equals("alice") ? new Alice() : null;
        }
    }

    private static final class Alice implements ConfluenceUser {
        @Override
        public UserKey getKey() {
            return new UserKey("k-alice");
        }

        @Override
        public String getLowerName() {
            return "alice";
        }

        @Override
        public String getName() {
            return "alice";
        }

        @Override
        public String getFullName() {
            return "Alice Liddell";
        }

        @Override
        public String getEmail() {
            return "alice@example.com";
        }
    }
}
