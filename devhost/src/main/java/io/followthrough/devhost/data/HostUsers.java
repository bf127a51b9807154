package io.followthrough.devhost.data;

import com.atlassian.sal.api.user.UserKey;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;

/** The host's user directory: users with Confluence-style random user keys and hashed passwords. */
public final class HostUsers {
    private static final String COLUMNS = "ID, USER_KEY, USERNAME, FULL_NAME, EMAIL, SITE_ADMIN";
    private static final int ITERATIONS = 60_000;

    private final Jdbc jdbc;
    private final SecureRandom random = new SecureRandom();

    public HostUsers(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public HostUser create(String username, String fullName, String email, String password, boolean siteAdmin) {
        byte[] key = new byte[16];
        random.nextBytes(key);
        jdbc.insert("INSERT INTO DH_USER (USER_KEY, USERNAME, FULL_NAME, EMAIL, PASSWORD_HASH, SITE_ADMIN)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                HexFormat.of().formatHex(key), username, fullName, email, hash(password), siteAdmin);
        return byName(username).orElseThrow();
    }

    public Optional<HostUser> byName(String username) {
        return username == null ? Optional.empty()
                : jdbc.one("SELECT " + COLUMNS + " FROM DH_USER WHERE USERNAME = ?", HostUsers::user, username);
    }

    public Optional<HostUser> byKey(String userKey) {
        return userKey == null ? Optional.empty()
                : jdbc.one("SELECT " + COLUMNS + " FROM DH_USER WHERE USER_KEY = ?", HostUsers::user, userKey);
    }

    /** The users with these keys, a thousand keys a statement; unknown keys are left out. */
    public List<HostUser> byKeys(List<String> userKeys) {
        List<HostUser> found = new ArrayList<>();
        for (int from = 0; from < userKeys.size(); from += 1000) {
            List<String> keys = userKeys.subList(from, Math.min(userKeys.size(), from + 1000));
            found.addAll(jdbc.list("SELECT " + COLUMNS + " FROM DH_USER WHERE USER_KEY IN (" + "?, ".repeat(keys.size() - 1)
                    + "?)", HostUsers::user, keys.toArray()));
        }
        return found;
    }

    public List<HostUser> all() {
        return jdbc.list("SELECT " + COLUMNS + " FROM DH_USER ORDER BY USERNAME", HostUsers::user);
    }

    /** The user whose password matches, or empty; unknown names take as long as wrong passwords. */
    public Optional<HostUser> authenticate(String username, String password) {
        Optional<String> stored = jdbc.one("SELECT PASSWORD_HASH FROM DH_USER WHERE USERNAME = ?",
                rs -> rs.getString(1), username == null ? "" : username);
        boolean ok = matches(password == null ? "" : password, stored.orElse(null));
        return ok ? byName(username) : Optional.empty();
    }

    private static HostUser user(ResultSet rs) throws SQLException {
        return new HostUser(rs.getLong("ID"), new UserKey(rs.getString("USER_KEY")), rs.getString("USERNAME"),
                rs.getString("FULL_NAME"), rs.getString("EMAIL"), rs.getBoolean("SITE_ADMIN"));
    }

    private String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return Base64.getEncoder().encodeToString(salt) + ":" + Base64.getEncoder().encodeToString(pbkdf2(password, salt));
    }

    private static boolean matches(String password, String stored) {
        byte[] salt = new byte[16];
        byte[] expected = new byte[32];
        if (stored != null && stored.contains(":")) {
            salt = Base64.getDecoder().decode(stored.substring(0, stored.indexOf(':')));
            expected = Base64.getDecoder().decode(stored.substring(stored.indexOf(':') + 1));
        }
        return MessageDigest.isEqual(pbkdf2(password, salt), expected) && stored != null;
    }

    private static byte[] pbkdf2(String password, byte[] salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }
}
