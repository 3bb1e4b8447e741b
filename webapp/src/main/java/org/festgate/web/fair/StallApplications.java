package org.festgate.web.fair;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.festgate.core.fair.ApplicationAction;
import org.festgate.core.fair.ApplicationState;
import org.festgate.core.fair.Fair;
import org.festgate.core.fair.FairRole;
import org.festgate.core.fair.Stall;
import org.festgate.core.fair.StallAssignment;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.web.fair.ApplicationViews.ApplicationView;
import org.festgate.web.fair.ApplicationViews.FeeNotice;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.vendor.ProductSummary;
import org.festgate.web.vendor.VendorRef;
import org.festgate.web.vendor.Vendors;

/**
 * Stall applications and their workflow: a verified vendor applies for a fair, every later move goes through
 * core-lib's {@code ApplicationWorkflow} with the caller's role, and a vendor reads and moves only its own
 * applications (403 for another's). Leaving a state that holds a stall (release, cancellation) frees its
 * bookings in the same transaction; check-in is only on one of the application's days. Every move is audited.
 */
@ApplicationScoped
public class StallApplications {

    @Inject
    private FairRepository repository;

    @Inject
    private FairCatalog catalog;

    @Inject
    private Vendors vendors;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * A verified vendor applies for a stall; the application starts as a DRAFT.
     *
     * @throws ProblemException 403 for a vendor not verified, 400 naming a day, stall or product that is not the
     *                          fair's or the vendor's
     */
    @Transactional
    public ApplicationView apply(String fairKey, ApplicationRequest request, FairActor actor) {
        VendorRef vendor = vendors.requireVerified(actor.username());
        FairEntity fair = catalog.existing(fairKey);
        Fair spec = fair.toSpec().fair();
        request.days().stream().filter(d -> !spec.isOn(d)).sorted().findFirst().ifPresent(d -> {
            throw new ProblemException(Problem.invalidField("days", d + " is not a day of fair " + fairKey));
        });
        request.preferredStalls().stream().filter(c -> spec.map().stall(c).isEmpty()).findFirst().ifPresent(c -> {
            throw new ProblemException(Problem.invalidField("preferredStalls", "no stall " + c + " on the map"));
        });
        Set<String> catalogue = vendors.productsOf(vendor.id()).stream().map(ProductSummary::key)
                .collect(Collectors.toSet());
        request.productKeys().stream().filter(p -> !catalogue.contains(p)).sorted().findFirst().ifPresent(p -> {
            throw new ProblemException(Problem.invalidField("productKeys", "product '" + p
                    + "' is not among your public products"));
        });
        StallApplicationEntity application = new StallApplicationEntity(fair.id(), vendor.id(), vendor.publicName(),
                request, clock.instant());
        repository.insert(application);
        audit.record(actor.username(), "fair.application.created", "application:" + application.id(),
                "fair:" + fairKey + ", " + request.category());
        return view(application, fairKey, null, actor);
    }

    /** One application; a vendor sees only its own. */
    @Transactional
    public ApplicationView application(long id, FairActor actor) {
        StallApplicationEntity application = readable(repository.application(id), id, actor);
        return view(application, actor);
    }

    /** The applications of the calling vendor, newest first, also while its verification is withdrawn. */
    @Transactional
    public List<ApplicationView> mine(FairActor actor) {
        long vendorId = vendors.requireVendor(actor.username()).id();
        return repository.applicationsOfVendor(vendorId).stream().map(a -> view(a, actor)).toList();
    }

    /** The applications of a fair for its organizers, all or those in one state. */
    @Transactional
    public List<ApplicationView> ofFair(String fairKey, Optional<ApplicationState> state, FairActor actor) {
        FairEntity fair = catalog.existing(fairKey);
        Map<Long, String> stalls = StallBookingEntity.assignments(repository.bookingsOf(fair.id())).stream()
                .collect(Collectors.toMap(StallAssignment::applicationId, StallAssignment::stallCode));
        List<StallApplicationEntity> applications = state.map(s -> repository.applicationsOf(fair.id(), s))
                .orElseGet(() -> repository.applicationsOf(fair.id()));
        return applications.stream().map(a -> view(a, fairKey, stalls.get(a.id()), actor)).toList();
    }

    /**
     * Moves an application by an action other than ALLOCATE (which needs a stall: see {@link Allocations}).
     * A vendor whose verification was withdrawn may still withdraw its applications, but not submit one.
     *
     * @throws ProblemException 403 for another vendor's application or a submission by a vendor not verified,
     *                          409 naming state and action when the workflow refuses the move, or for a check-in
     *                          outside the application's days
     */
    @Transactional
    public ApplicationView act(long id, ApplicationAction action, FairActor actor) {
        StallApplicationEntity application = readable(repository.lockApplication(id), id, actor);
        if (action == ApplicationAction.SUBMIT && actor.role() == FairRole.VENDOR) {
            vendors.requireVerified(actor.username());
        }
        ApplicationState from = application.state();
        ApplicationState next = Workflow.next(from, action, actor.role());
        if (action == ApplicationAction.CHECK_IN) {
            LocalDate today = LocalDate.now(clock.withZone(FestivalSchedule.ZONE));
            if (!application.days().contains(today)) {
                throw new ProblemException(Problem.conflict("action", "check-in is on the application's days "
                        + application.days() + ", not on " + today));
            }
        }
        if (StallApplicationEntity.HOLDING_A_STALL.contains(from)
                && !StallApplicationEntity.HOLDING_A_STALL.contains(next)) {
            repository.release(id);
        }
        application.moveTo(next, clock.instant());
        audit.record(actor.username(), "fair.application." + action.name().toLowerCase().replace('_', '-'),
                "application:" + id, from + " -> " + next);
        return view(application, actor);
    }

    /**
     * The fee notice of an application that holds a stall.
     *
     * @throws ProblemException 409 when the application holds no stall (yet, or any more)
     */
    @Transactional
    public FeeNotice feeNotice(long id, FairActor actor) {
        StallApplicationEntity application = readable(repository.application(id), id, actor);
        if (!StallApplicationEntity.HOLDING_A_STALL.contains(application.state())) {
            throw new ProblemException(Problem.conflict("state", "no fee: the application is "
                    + application.state() + " and holds no stall"));
        }
        FairEntity fair = repository.fair(application.fairId()).orElseThrow();
        FairSpec spec = fair.toSpec();
        Stall stall = spec.fair().map().stall(repository.bookingsOfApplication(id).get(0).stallCode()).orElseThrow();
        return new FeeNotice(id, fair.key(), Text.of(spec.fair().name()), application.vendorName(), stall.code(),
                stall.category().name(), FairViews.areaM2(stall), stall.power(), List.copyOf(application.days()),
                spec.fees().vndPerSquareMetrePerDay(stall.category()), spec.fees().powerVndPerDay(),
                application.feeVnd(), application.state().name(), application.paidAt() != null,
                application.paidAt());
    }

    /** The views of some applications, for their organizers. */
    @Transactional
    public List<ApplicationView> applications(List<Long> ids, FairActor actor) {
        List<ApplicationView> views = new ArrayList<>();
        ids.forEach(id -> views.add(application(id, actor)));
        return views;
    }

    /**
     * The application if the caller may see it: organizers see all, a vendor only its own (verified or not).
     *
     * @throws ProblemException 404 if there is none, 403 if it is another vendor's
     */
    StallApplicationEntity readable(Optional<StallApplicationEntity> found, long id, FairActor actor) {
        StallApplicationEntity application = found.orElseThrow(() -> new ProblemException(
                Problem.notFound("application", Long.toString(id))));
        if (actor.role() == FairRole.VENDOR
                && vendors.requireVendor(actor.username()).id() != application.vendorId()) {
            throw new ProblemException(Problem.of(Response.Status.FORBIDDEN,
                    "this application is another vendor's"));
        }
        return application;
    }

    private ApplicationView view(StallApplicationEntity application, FairActor actor) {
        String fairKey = repository.fair(application.fairId()).map(FairEntity::key).orElseThrow();
        String stall = repository.bookingsOfApplication(application.id()).stream().findFirst()
                .map(StallBookingEntity::stallCode).orElse(null);
        return view(application, fairKey, stall, actor);
    }

    private static ApplicationView view(StallApplicationEntity a, String fairKey, String stallCode,
                                        FairActor actor) {
        return new ApplicationView(a.id(), fairKey, a.vendorId(), a.vendorName(), a.category().name(),
                List.copyOf(a.days()), a.needsPower(), a.preferredStalls(), List.copyOf(a.productKeys()),
                a.state().name(), stallCode, a.feeVnd(), a.submittedAt(), a.paidAt(), a.checkedInAt(),
                Workflow.allowed(a.state(), actor.role()));
    }
}
