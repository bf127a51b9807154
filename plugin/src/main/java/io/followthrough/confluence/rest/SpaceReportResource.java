package io.followthrough.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.followthrough.core.param.ParameterProblem;
import io.followthrough.core.param.Parsed;
import io.followthrough.core.port.CurrentUser;
import io.followthrough.core.report.Matrix;
import io.followthrough.core.report.ReportQuery;
import io.followthrough.core.report.ReportQueryReader;
import io.followthrough.core.report.SpaceReports;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;

/** The space outcome report as JSON: the data of the report page, with the same list parameters. */
@Path("/spaces/{spaceKey}/report")
@Produces(MediaType.APPLICATION_JSON)
public final class SpaceReportResource {
    private final SpaceReports reports;
    private final CurrentUser currentUser;

    public SpaceReportResource(SpaceReports reports, CurrentUser currentUser) {
        this.reports = reports;
        this.currentUser = currentUser;
    }

    /**
     * 200 the report, with the list filtered, sorted and paged by the query parameters of
     * {@link ReportQueryReader}. {@code outcomesPage} and {@code purposesPage} (from 1, past the end
     * the last page) choose the page of {@code outcomes} and of {@code purposes}, each
     * {@value SpaceReports#TABLE_ROWS} rows; {@code outcomes} and {@code purposesPage} give its
     * {@code total}, {@code page}, {@code size} and {@code pages}, and counts that cover every
     * outcome or purpose. The matrix names at most {@value Matrix#LIMIT} requesters and owners
     * ({@code requesterCount} and {@code ownerCount} say how many there are); a cell with a null
     * {@code requester} or {@code owner} adds up everyone not named. 400 a parameter has an unknown
     * value, or {@code pageTitle} is the title of no page the caller may view ({@code field} names
     * it); 401 not logged in; 403 not a space admin, or no such space.
     */
    @GET
    @LicensedOnly
    public Response report(@PathParam("spaceKey") String spaceKey, @Context UriInfo uri) {
        Parsed<ReportQuery> query = ReportQueryReader.read(firstValues(uri.getQueryParameters()));
        if (query.hasProblems()) {
            return bad(query.problems().get(0));
        }
        return reports.report(currentUser.key(), spaceKey, query.value())
                .map(report -> report.problems().isEmpty() ? Response.ok(ReportJson.of(report)).build()
                        : bad(report.problems().get(0)))
                .orElseGet(() -> RestErrors.forbidden("only space admins may see the space's outcome report"));
    }

    private static Response bad(ParameterProblem problem) {
        return RestErrors.bad("'" + problem.value() + "' is not a valid value of " + problem.field(), problem.field());
    }

    private static Map<String, String> firstValues(MultivaluedMap<String, String> parameters) {
        Map<String, String> first = new HashMap<>();
        parameters.forEach((name, values) -> {
            if (!values.isEmpty()) {
                first.put(name, values.get(0));
            }
        });
        return first;
    }
}
