package io.followthrough.devhost.fixtureplugin.rest;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import com.atlassian.sal.api.rdbms.TransactionalExecutorFactory;
import com.atlassian.sal.api.transaction.TransactionTemplate;
import io.followthrough.devhost.fixtureplugin.FixtureListener;
import io.followthrough.devhost.fixtureplugin.ao.AoFixtureNote;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Fixture plugin resource: what the plugin's beans and host services see, for tests to read. */
@Path("data")
@Produces(MediaType.APPLICATION_JSON)
@UnrestrictedAccess
public class FixtureDataResource {
    // AO_ + the last 6 hex digits of MD5("io.followthrough.devhost.fixture") + the entity's table name.
    private static final String NOTES_TABLE = "AO_13C482_FX_NOTE";

    private final FixtureListener listener;
    private final ActiveObjects ao;
    private final TransactionTemplate transactions;
    private final SpaceManager spaces;
    private final PageManager pages;
    private final TransactionalExecutorFactory executors;

    public FixtureDataResource(FixtureListener listener, ActiveObjects ao, TransactionTemplate transactions,
                               SpaceManager spaces, PageManager pages, TransactionalExecutorFactory executors) {
        this.listener = listener;
        this.ao = ao;
        this.transactions = transactions;
        this.spaces = spaces;
        this.pages = pages;
        this.executors = executors;
    }

    @GET
    @Path("events")
    public List<String> events() {
        return listener.heard();
    }

    @GET
    @Path("notes")
    public List<String> notes() {
        return transactions.execute(() -> List.of(ao.find(AoFixtureNote.class)).stream().map(AoFixtureNote::getText).toList());
    }

    @GET
    @Path("notes/count")
    public long noteCount() {
        return executors.createExecutor(true, false).execute(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + NOTES_TABLE)) {
                rs.next();
                return rs.getLong(1);
            } catch (SQLException e) {
                throw new IllegalStateException("counting notes failed", e);
            }
        });
    }

    @GET
    @Path("spaces/{key}/pages")
    public List<String> pageTitles(@PathParam("key") String key) {
        Space space = spaces.getSpace(key);
        return space == null ? List.of() : pages.getPages(space, true).stream().map(Page::getTitle).toList();
    }
}
