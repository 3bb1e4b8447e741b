package org.festgate.web.fair;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.festgate.core.fair.ApplicationAction;
import org.festgate.core.fair.ApplicationState;
import org.festgate.core.fair.FairRole;
import org.festgate.core.fair.Stall;
import org.festgate.core.fair.StallAllocator;
import org.festgate.core.fair.StallApplication;
import org.festgate.core.fair.StallAssignment;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * Gives stalls to applications in one transaction, checked by the allocator's rules.
 * <p>
 * The order matters for concurrency. Each application's row is locked first (one writer per application, rows
 * locked in id order); the choices are checked against the rules and each other; then the bookings are inserted
 * one by one in stall and day order, so the unique constraint on (fair, stall, day) refuses a stall that another
 * transaction booked for the same day, committed or not. Only then is the fair's row locked, and the choices are
 * checked again against every booking now committed: this serialises the quota count of concurrent writers of one
 * fair while holding the lock as briefly as possible. Every transaction takes these locks in the same order, so
 * two bookings wait for each other instead of deadlocking (only a swap of two stalls by two organizers at the same
 * moment can deadlock; the database then refuses one, which is answered with a 409).
 */
@ApplicationScoped
public class AllocationDesk {

    /** An application with the stall and days chosen for it. */
    private record Choice(StallApplicationEntity application, StallChoice choice, Stall stall,
                          StallAssignment assignment) {
    }

    @Inject
    private FairRepository repository;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /**
     * Books the chosen stalls of a fair's applications for all their days: APPROVED applications become ALLOCATED,
     * ALLOCATED ones move to the new stall; each owes the fee of its stall.
     *
     * @return the ids of the allocated applications
     * @throws ProblemException 404 for an application not of this fair, 409 for one whose state allows no stall
     *                          or for a choice that clashes with committed bookings, 422 for one that breaks
     *                          the rules
     */
    @Transactional
    public List<Long> book(long fairId, List<StallChoice> choices, String actor) {
        FairEntity fair = repository.fair(fairId).orElseThrow();
        FairSpec spec = fair.toSpec();
        List<Choice> checked = new ArrayList<>();
        for (StallChoice choice : choices.stream().sorted(Comparator.comparingLong(StallChoice::applicationId))
                .toList()) {
            checked.add(checked(spec, fairId, choice, checked));
        }
        insertBookings(fairId, checked);
        repository.lock(fair);
        FairSpec now = fair.toSpec();
        List<StallAssignment> booked = StallBookingEntity.assignments(repository.bookingsOf(fairId));
        List<StallApplication> holders = holders(fairId, booked);
        Instant at = clock.instant();
        for (Choice c : checked) {
            List<String> reasons = violations(now.allocator(), c, booked, holders);
            if (!reasons.isEmpty()) {
                throw StallRefusal.clashes(c.choice(), reasons);
            }
            c.application().moveTo(ApplicationState.ALLOCATED, at);
            c.application().owe(now.fees().feeVnd(c.stall(), c.assignment().days().size()));
            audit.record(actor, "fair.application.allocated", "application:" + c.choice().applicationId(),
                    "stall " + c.choice().stallCode() + ", " + c.application().feeVnd() + " VND");
        }
        return checked.stream().map(c -> c.choice().applicationId()).toList();
    }

    /**
     * Why the choices cannot be booked now, as the committed bookings stand; read in a fresh transaction after a
     * booking was refused by the database because another one got there first.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> clashesWithCommitted(long fairId, List<StallChoice> choices) {
        FairSpec spec = repository.fair(fairId).orElseThrow().toSpec();
        List<StallAssignment> booked = StallBookingEntity.assignments(repository.bookingsOf(fairId));
        List<StallApplication> holders = holders(fairId, booked);
        List<String> reasons = new ArrayList<>();
        for (StallChoice choice : choices) {
            repository.application(choice.applicationId()).ifPresent(application -> {
                StallAssignment proposed = new StallAssignment(choice.applicationId(), choice.stallCode(),
                        application.days());
                reasons.addAll(spec.allocator().violations(proposed, application.toAllocationInput(),
                        others(booked, choice.applicationId()), holders));
            });
        }
        return reasons;
    }

    /** One choice, with its application locked, checked by the rules and against the choices before it. */
    private Choice checked(FairSpec spec, long fairId, StallChoice choice, List<Choice> before) {
        StallApplicationEntity application = repository.lockApplication(choice.applicationId())
                .filter(a -> a.fairId() == fairId).orElseThrow(() -> new ProblemException(Problem.notFound(
                        "application of this fair", Long.toString(choice.applicationId()))));
        if (application.state() != ApplicationState.ALLOCATED) {
            Workflow.next(application.state(), ApplicationAction.ALLOCATE, FairRole.ORGANIZER);
        }
        Stall stall = spec.fair().map().stall(choice.stallCode()).orElseThrow(() -> new ProblemException(
                new Problem(422, "Unprocessable Content", "stallCode: no stall " + choice.stallCode()
                        + " on the map of fair " + spec.fair().key(),
                        List.of(new Problem.FieldError("stallCode", "no such stall on the map")))));
        if (before.stream().anyMatch(c -> c.choice().applicationId() == choice.applicationId())) {
            throw StallRefusal.breaksRules(choice, List.of("application " + choice.applicationId()
                    + " is given a stall twice"));
        }
        Choice candidate = new Choice(application, choice, stall, new StallAssignment(choice.applicationId(),
                choice.stallCode(), application.days()));
        List<String> reasons = violations(spec.allocator(), candidate, before.stream().map(Choice::assignment)
                .toList(), before.stream().map(c -> c.application().toAllocationInput()).toList());
        if (!reasons.isEmpty()) {
            throw StallRefusal.breaksRules(choice, reasons);
        }
        return candidate;
    }

    /**
     * Replaces the bookings of the chosen applications. The rows go in one by one in stall and day order, the same
     * order in every transaction, so that two transactions never each wait for a row the other inserted.
     */
    private void insertBookings(long fairId, List<Choice> checked) {
        checked.forEach(c -> repository.release(c.choice().applicationId()));
        checked.stream().flatMap(c -> c.assignment().days().stream().map(day -> new StallBookingEntity(fairId,
                        c.choice().stallCode(), day, c.choice().applicationId())))
                .sorted(Comparator.comparing(StallBookingEntity::stallCode).thenComparing(StallBookingEntity::date))
                .forEach(repository::insert);
    }

    /** The rules a choice breaks, given the assignments in force and the applications that hold them. */
    private static List<String> violations(StallAllocator allocator, Choice choice, List<StallAssignment> current,
                                           List<StallApplication> holders) {
        return allocator.violations(choice.assignment(), choice.application().toAllocationInput(),
                others(current, choice.choice().applicationId()), holders);
    }

    /** The applications that hold the booked assignments, so that quotas count them by their own category. */
    private List<StallApplication> holders(long fairId, List<StallAssignment> booked) {
        Set<Long> ids = booked.stream().map(StallAssignment::applicationId).collect(Collectors.toSet());
        return repository.applicationsOf(fairId).stream().filter(a -> ids.contains(a.id()))
                .map(StallApplicationEntity::toAllocationInput).toList();
    }

    private static List<StallAssignment> others(List<StallAssignment> assignments, long applicationId) {
        return assignments.stream().filter(a -> a.applicationId() != applicationId).toList();
    }
}
