package org.festgate.web.dataset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.transaction.TransactionalException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.data.DataSetException;
import org.festgate.data.DataSetReader;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.security.Role;

/** Lets an administrator import the province's data set again: the bundled one, or a file in the same format. */
@Path("admin/province-data")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class ProvinceDataResource {

    @Inject
    private ProvinceDataImport dataImport;

    @POST
    @Path("bundled")
    @Operation(summary = "Import the data set that ships with Festgate again")
    public ImportReport importBundled(@Context SecurityContext security) {
        return dataImport.importNow(DataSetReader.readBundled(), security.getUserPrincipal().getName());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a data set file (events-data format); nothing is written if any record is bad")
    public ImportReport importFile(InputStream file, @Context SecurityContext security) {
        try {
            return dataImport.importNow(DataSetReader.read(file), security.getUserPrincipal().getName());
        } catch (DataSetException e) {
            throw new ProblemException(Problem.invalidField("body", e.getMessage()));
        } catch (TransactionalException e) {
            // The reader checked the format; a value the database refuses (too long, too large) ends here.
            throw new ProblemException(Problem.invalidField("body", "a value does not fit the database; nothing "
                    + "was imported"));
        }
    }
}
