package org.festgate.web.scan;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.rest.QueryParams;
import org.festgate.web.platform.security.Role;

/**
 * The scanning API. A SCANNER registers a device; the device authenticates every other call with its own token
 * in the {@code X-Device-Token} header (no user sign-in, no CSRF token: a phone at a gate keeps only this).
 * <ul>
 * <li>{@code POST /api/scanner/devices} {@code {eventId, entrances:[keys], label?}} (SCANNER, ADMIN) → 201
 * {@code {deviceId, eventId, entrances, token}}; the token is shown only here</li>
 * <li>{@code GET /api/scanner/devices?eventId=} (ORGANIZER, ADMIN) → the event's devices, revoked ones included;
 * {@code DELETE /api/scanner/devices/{deviceId}} (ORGANIZER, ADMIN, or the SCANNER who registered it) revokes a
 * lost or stolen phone: its token stops working on every instance within 30 seconds</li>
 * <li>{@code POST /api/scanner/scans} {@code {nonce, token, entranceKey, direction: IN|OUT, at}} → {@link ScanAnswer}
 * {@code {nonce, outcome: ADMIT|REFUSE, reason, message:{vi,en,zh}, ticketId, entranceKey, direction, at,
 * offlineOutcome, conflict}}; a repeated nonce gets the stored answer and counts once</li>
 * <li>{@code GET /api/scanner/package?since=<version>} → {@code {eventId, version, keys:[{keyId, publicKey}],
 * revocations:[ticketId], ticketTypes:[{ticketTypeId, entrances, dailyWindows, zone}], entrances:[{key, name}],
 * scans:[ScanAnswer]}} with the scans the cursor {@code since} asks for (0 for all; then the {@code version} of the
 * previous package, a text; while a page holds 5,000 scans, ask again at once with its version)</li>
 * <li>{@code POST /api/scanner/scans/batch} {@code [{nonce, token, entranceKey, direction, at, offlineOutcome}]}
 * (at most 500) → {@code [ScanAnswer]} in the same order; every scan is kept, a differing offline decision is
 * flagged {@code conflict}</li>
 * </ul>
 */
@Path("scanner")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScannerResource {

    /** Most scans in one upload. No {@code @Size} on the parameter: Payara's OpenAPI fails on it. */
    private static final int MAX_BATCH = 500;

    @Inject
    private Gatekeeper gatekeeper;

    @POST
    @Path("devices")
    @RolesAllowed({Role.SCANNER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Register a scanner device to entrances of an event; answers its device token once")
    public Response register(@NotNull @Valid DeviceInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(gatekeeper.register(input.eventId, input.entrances,
                input.label, security.getUserPrincipal().getName())).build();
    }

    @GET
    @Path("devices")
    @RolesAllowed({Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "The scanner devices of an event, revoked ones included")
    public List<ScannerDevices.DeviceView> devices(@QueryParam("eventId") String eventId) {
        return gatekeeper.devices(QueryParams.number("eventId", eventId, 1, Long.MAX_VALUE).orElseThrow(
                () -> new ProblemException(Problem.invalidField("eventId", "is required"))));
    }

    @DELETE
    @Path("devices/{deviceId}")
    @RolesAllowed({Role.SCANNER_NAME, Role.ORGANIZER_NAME, Role.ADMIN_NAME})
    @Operation(summary = "Revoke a scanner device (a lost or stolen phone): its token stops working")
    public ScannerDevices.DeviceView revoke(@PathParam("deviceId") long deviceId, @Context SecurityContext security) {
        return gatekeeper.revoke(deviceId, security.getUserPrincipal().getName(),
                security.isUserInRole(Role.ORGANIZER_NAME) || security.isUserInRole(Role.ADMIN_NAME));
    }

    @POST
    @Path("scans")
    @PermitAll
    @Operation(summary = "Decide a scan (device token in X-Device-Token): ADMIT or REFUSE with reason and "
            + "message {vi,en,zh}")
    public ScanAnswer scan(@HeaderParam(ScannerDevices.HEADER) String device, @NotNull @Valid ScanInput input) {
        return gatekeeper.scan(device, input.toRequest(""));
    }

    @POST
    @Path("scans/batch")
    @PermitAll
    @Operation(summary = "Upload queued offline scans with their original time, nonce and offline outcome")
    public List<ScanAnswer> batch(@HeaderParam(ScannerDevices.HEADER) String device,
                                  @NotNull List<@NotNull @Valid ScanInput> input) {
        if (input.size() > MAX_BATCH) {
            throw new ProblemException(Problem.invalidField("body", "at most " + MAX_BATCH + " scans per upload"));
        }
        List<ScanRequest> requests = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            requests.add(input.get(i).toRequest("[" + i + "]."));
        }
        return gatekeeper.upload(device, requests);
    }

    @GET
    @Path("package")
    @PermitAll
    @Operation(summary = "The device's offline package: keys, revocations, rules, and scans since a version")
    public Gatekeeper.OfflinePackageView offlinePackage(@HeaderParam(ScannerDevices.HEADER) String device,
                                                        @QueryParam("since") String since) {
        return gatekeeper.offlinePackage(device, SyncCursor.parse(since));
    }
}
