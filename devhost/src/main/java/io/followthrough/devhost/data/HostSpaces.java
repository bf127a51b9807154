package io.followthrough.devhost.data;

import com.atlassian.confluence.spaces.Space;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Spaces and who may view, edit or administer them. */
public final class HostSpaces {
    private final Jdbc jdbc;

    public HostSpaces(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    public Space create(String key, String name) {
        jdbc.insert("INSERT INTO DH_SPACE (SPACE_KEY, NAME) VALUES (?, ?)", key, name);
        return byKey(key).orElseThrow();
    }

    public Optional<Space> byKey(String key) {
        return key == null ? Optional.empty()
                : jdbc.one("SELECT ID, SPACE_KEY, NAME FROM DH_SPACE WHERE SPACE_KEY = ?", HostSpaces::space, key);
    }

    public Optional<Space> byId(long id) {
        return jdbc.one("SELECT ID, SPACE_KEY, NAME FROM DH_SPACE WHERE ID = ?", HostSpaces::space, id);
    }

    public List<Space> all() {
        return jdbc.list("SELECT ID, SPACE_KEY, NAME FROM DH_SPACE ORDER BY NAME", HostSpaces::space);
    }

    /** Grants each of the permissions; administering implies editing and viewing, as in Confluence. */
    public void grant(Space space, String username, SpacePermission permission) {
        for (SpacePermission implied : SpacePermission.values()) {
            if (implied.ordinal() <= permission.ordinal() && !has(space, username, implied)) {
                jdbc.update("INSERT INTO DH_SPACE_PERM (SPACE_ID, USERNAME, PERMISSION) VALUES (?, ?, ?)",
                        space.getId(), username, implied.name());
            }
        }
    }

    public boolean has(Space space, String username, SpacePermission permission) {
        return username != null && jdbc.one("SELECT 1 FROM DH_SPACE_PERM WHERE SPACE_ID = ? AND USERNAME = ? AND PERMISSION = ?",
                rs -> 1, space.getId(), username, permission.name()).isPresent();
    }

    private static Space space(ResultSet rs) throws SQLException {
        Space space = new Space(rs.getString("SPACE_KEY"));
        space.setId(rs.getLong("ID"));
        space.setName(rs.getString("NAME"));
        return space;
    }
}
