package org.festgate.web.fair;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.festgate.core.fair.Allocation;
import org.festgate.core.fair.ApplicationState;
import org.festgate.core.fair.StallApplication;
import org.festgate.core.fair.StallAssignment;
import org.festgate.web.fair.ApplicationViews.AllocationView;
import org.festgate.web.fair.ApplicationViews.AssignmentView;
import org.festgate.web.fair.ApplicationViews.LeftOutView;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * Stall allocation of a fair: a preview of core-lib's allocator over the approved applications and the stalls
 * already given, the commit of a preview's assignments, and an organizer's manual choice of one stall. Commits and
 * manual choices are booked by {@link AllocationDesk}; when the database refuses a booking because a concurrent
 * one took the stall first, the answer is a 409 problem naming the stall, the day and the application that has it.
 */
@ApplicationScoped
public class Allocations {

    @Inject
    private FairRepository repository;

    @Inject
    private FairCatalog catalog;

    @Inject
    private AllocationDesk desk;

    /** What an allocation run would do now; writes nothing. */
    @Transactional
    public AllocationView preview(String fairKey) {
        FairEntity fair = catalog.existing(fairKey);
        FairSpec spec = fair.toSpec();
        Map<Long, StallApplicationEntity> applications = repository.applicationsOf(fair.id()).stream()
                .collect(Collectors.toMap(StallApplicationEntity::id, Function.identity()));
        List<StallAssignment> kept = StallBookingEntity.assignments(repository.bookingsOf(fair.id()));
        Set<Long> keptIds = kept.stream().map(StallAssignment::applicationId).collect(Collectors.toSet());
        List<StallApplication> candidates = applications.values().stream()
                .filter(a -> a.state() == ApplicationState.APPROVED || keptIds.contains(a.id()))
                .map(StallApplicationEntity::toAllocationInput).toList();
        Allocation allocation = spec.allocator().allocate(candidates, kept);
        List<AssignmentView> assignments = new ArrayList<>();
        kept.forEach(a -> assignments.add(assignment(spec, applications.get(a.applicationId()), a, true)));
        allocation.assignments().stream().filter(a -> !keptIds.contains(a.applicationId()))
                .forEach(a -> assignments.add(assignment(spec, applications.get(a.applicationId()), a, false)));
        List<LeftOutView> leftOut = allocation.leftOut().stream().map(l -> {
            StallApplicationEntity application = applications.get(l.applicationId());
            return new LeftOutView(l.applicationId(), application.vendorName(), application.category().name(),
                    l.reason().name(), Text.of(l.explanation()));
        }).toList();
        return new AllocationView(fairKey, assignments, leftOut);
    }

    /** Books the assignments of a preview (or any chosen stalls) of one fair, all or none. */
    public List<Long> commit(String fairKey, List<StallChoice> choices, String actor) {
        if (choices.isEmpty()) {
            throw new ProblemException(Problem.invalidField("assignments", "nothing to commit"));
        }
        return booked(catalog.fairId(fairKey), choices, actor);
    }

    /** An organizer's choice of a stall for one application. */
    public void assign(long applicationId, String stallCode, String actor) {
        long fairId = repository.applicationFairId(applicationId).orElseThrow(() -> new ProblemException(
                Problem.notFound("application", Long.toString(applicationId))));
        booked(fairId, List.of(new StallChoice(applicationId, stallCode)), actor);
    }

    private List<Long> booked(long fairId, List<StallChoice> choices, String actor) {
        try {
            return desk.book(fairId, choices, actor);
        } catch (PersistenceException | TransactionalException e) {
            List<String> reasons = desk.clashesWithCommitted(fairId, choices);
            if (reasons.isEmpty()) {
                throw new ProblemException(new Problem(409, "Conflict", "another change of these stalls was made at"
                        + " the same time; nothing of this one was stored, try again", List.of()));
            }
            throw StallRefusal.taken(reasons);
        }
    }

    private static AssignmentView assignment(FairSpec spec, StallApplicationEntity application,
                                             StallAssignment assignment, boolean kept) {
        long fee = kept ? application.feeVnd() : spec.fees().feeVnd(spec.fair().map().stall(assignment.stallCode())
                .orElseThrow(), assignment.days().size());
        return new AssignmentView(assignment.applicationId(), application.vendorName(),
                application.category().name(), assignment.stallCode(), List.copyOf(assignment.days()), fee, kept);
    }
}
