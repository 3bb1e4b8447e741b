package org.festgate.core.fair;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Gives approved stall applications stalls of a fair, deterministically, and checks an organizer's manual change by
 * the same rules.
 * <p>
 * The rules: an application gets one stall for all its days, and only days on which the fair is held; the stall's
 * category {@link StallCategory#accepts accepts} the application's ({@link StallCategory#GENERAL} takes any); the
 * stall has power if the vendor needs it; no stall holds two applications on one day; and on each day a category
 * gets at most its quota of stalls.
 * <p>
 * {@link #allocate} serves the applications in the order they were submitted (then by id), each with the first of
 * its preferred stalls that keeps the rules, else with the smallest stall that does (by area, then by code), else
 * leaves it out with one {@link LeftOutReason}. The result depends only on the input, not on the order of the lists.
 * <p>
 * Quotas count an assignment against its application's category. For assignments made earlier (the {@code kept}
 * and {@code current} lists) the category comes from the application if it is given, and otherwise from the stall:
 * a stall of any category but {@link StallCategory#GENERAL} holds only its own category. An earlier assignment on a
 * GENERAL stall whose application is not given counts against no quota, so give those applications too where
 * quotas are set.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class StallAllocator {

    private static final Comparator<StallApplication> SUBMISSION_ORDER = Comparator
            .comparing(StallApplication::submittedAt).thenComparingLong(StallApplication::applicationId);
    private static final Comparator<Stall> SMALLEST_FIRST = Comparator.comparingLong(Stall::areaCm2)
            .thenComparing(Stall::code);

    private final Fair fair;
    private final Map<StallCategory, Integer> quotas;
    /** For each category of application, the stalls that take it, smallest first. */
    private final Map<StallCategory, List<Stall>> candidates = new EnumMap<>(StallCategory.class);

    private StallAllocator(Fair fair, Map<StallCategory, Integer> quotas) {
        this.fair = Objects.requireNonNull(fair, "fair is required");
        Objects.requireNonNull(quotas, "quotas is required");
        Map<StallCategory, Integer> copy = new EnumMap<>(StallCategory.class);
        quotas.forEach((category, quota) -> {
            Objects.requireNonNull(category, "quotas must not hold a null category");
            Objects.requireNonNull(quota, () -> "quotas of " + category + " is required");
            FairChecks.requireNotNegative(quota, "quotas of " + category);
            copy.put(category, quota);
        });
        this.quotas = Collections.unmodifiableMap(copy);
        for (StallCategory category : StallCategory.values()) {
            candidates.put(category, fair.map().stalls().stream()
                    .filter(stall -> stall.category().accepts(category)).sorted(SMALLEST_FIRST).toList());
        }
    }

    /**
     * Obtains an allocator for a fair.
     *
     * @param fair   the fair, with its days and stall map, not null
     * @param quotas the most stalls each category of application may get on one day, each not negative; a category
     *               that is missing has no quota, not null
     * @return the allocator, not null
     * @throws NullPointerException     if the fair, the map or an entry of the map is null
     * @throws IllegalArgumentException if a quota is negative
     */
    public static StallAllocator of(Fair fair, Map<StallCategory, Integer> quotas) {
        return new StallAllocator(fair, quotas);
    }

    /**
     * Allocates stalls to approved applications around the assignments already made.
     * <p>
     * Every application given comes back exactly once: in {@link Allocation#assignments()} with its stall, or in
     * {@link Allocation#leftOut()} with the reason, both in the order the applications were served. An
     * application that already holds a kept assignment keeps it unchanged. No new assignment takes a stall on a
     * day a kept one holds it.
     *
     * @param approved the applications to give stalls, each id once, in any order; it may also hold the
     *                 applications of kept assignments, so that their categories count exactly against the quotas,
     *                 not null
     * @param kept     the assignments that stay (made by hand or by an earlier run), at most one per application,
     *                 each on a stall of the map and no two on one stall on the same day, in any order, not null
     * @return the allocation, not null
     * @throws NullPointerException     if a list or an element is null
     * @throws IllegalArgumentException if an application comes twice in a list, or a kept assignment is on a stall
     *                                  that is not on the map or on a stall another kept one holds that day
     */
    public Allocation allocate(List<StallApplication> approved, List<StallAssignment> kept) {
        Map<Long, StallApplication> applications = byId(approved);
        Map<Long, StallAssignment> keptByApplication = new HashMap<>();
        for (StallAssignment assignment : Objects.requireNonNull(kept, "kept is required")) {
            if (keptByApplication.put(assignment.applicationId(), assignment) != null) {
                throw new IllegalArgumentException(
                        "kept: application " + assignment.applicationId() + " has two assignments");
            }
        }
        StallRules rules = rules(kept, applications);
        List<StallAssignment> assignments = new ArrayList<>();
        List<LeftOut> leftOut = new ArrayList<>();
        for (StallApplication application : applications.values().stream().sorted(SUBMISSION_ORDER).toList()) {
            StallAssignment keptAssignment = keptByApplication.get(application.applicationId());
            if (keptAssignment != null) {
                assignments.add(keptAssignment);
                continue;
            }
            Optional<Stall> stall = stallFor(application, rules);
            if (stall.isPresent()) {
                StallAssignment assignment = StallAssignment.of(application.applicationId(), stall.get().code(),
                        application.days());
                rules.book(assignment, application.category());
                assignments.add(assignment);
            } else {
                leftOut.add(whyLeftOut(application, rules));
            }
        }
        return new Allocation(assignments, leftOut);
    }

    /**
     * Checks a manual change by the allocation's rules: the stall must be on the map, take the application's
     * category and power need, be free on all the application's days, which must be the days applied for and days
     * of the fair, and the category's quota must allow one more stall on each day. An assignment of the same
     * application in {@code current} is ignored, since the proposal replaces it.
     *
     * @param proposed    the assignment the organizer wants, not null
     * @param application the application it is for, not null
     * @param current     the assignments in force, not null
     * @return every rule the proposal breaks, in English, such as {@code stall A-01 is taken on 2026-03-01 by
     *         application 7} or {@code quota of CUISINE (3 per day) is full on 2026-03-01}; empty if it keeps them
     *         all, unmodifiable, not null
     * @throws NullPointerException     if an argument or an element is null
     * @throws IllegalArgumentException if the proposal is for another application than the one given, or a
     *                                  current assignment is on a stall that is not on the map or on a stall
     *                                  another current one holds that day
     */
    public List<String> violations(StallAssignment proposed, StallApplication application,
            List<StallAssignment> current) {
        return violations(proposed, application, current, List.of());
    }

    /**
     * Checks a manual change by the allocation's rules, as {@link #violations(StallAssignment, StallApplication,
     * List)} does, knowing the applications of the current assignments so that their categories count exactly
     * against the quotas.
     *
     * @param proposed     the assignment the organizer wants, not null
     * @param application  the application it is for, not null
     * @param current      the assignments in force, not null
     * @param applications applications of current assignments, each id once, in any order; others are ignored,
     *                     not null
     * @return every rule the proposal breaks, in English; empty if it keeps them all, unmodifiable, not null
     * @throws NullPointerException     if an argument or an element is null
     * @throws IllegalArgumentException if the proposal is for another application than the one given, an
     *                                  application comes twice, or a current assignment is on a stall that is not
     *                                  on the map or on a stall another current one holds that day
     */
    public List<String> violations(StallAssignment proposed, StallApplication application,
            List<StallAssignment> current, List<StallApplication> applications) {
        Objects.requireNonNull(proposed, "proposed is required");
        Objects.requireNonNull(application, "application is required");
        Objects.requireNonNull(current, "current is required");
        if (proposed.applicationId() != application.applicationId()) {
            throw new IllegalArgumentException("proposed is for application " + proposed.applicationId()
                    + ", not for application " + application.applicationId());
        }
        List<StallAssignment> others = current.stream()
                .filter(assignment -> assignment.applicationId() != application.applicationId()).toList();
        return List.copyOf(rules(others, byId(applications)).violations(proposed, application));
    }

    /** The first preferred stall that keeps the rules, else the smallest that does. */
    private Optional<Stall> stallFor(StallApplication application, StallRules rules) {
        if (!rules.daysOff(application.days()).isEmpty()
                || !rules.quotaFullDays(application.category(), application.days()).isEmpty()) {
            return Optional.empty();
        }
        for (String code : application.preferredStalls()) {
            Optional<Stall> preferred = fair.map().stall(code)
                    .filter(stall -> StallRules.fits(stall, application) && rules.isFree(code, application.days()));
            if (preferred.isPresent()) {
                return preferred;
            }
        }
        return candidates.get(application.category()).stream()
                .filter(stall -> StallRules.powers(stall, application) && rules.isFree(stall.code(),
                        application.days()))
                .findFirst();
    }

    /** Why an application that got no stall was left out: the first reason that applies. */
    private LeftOut whyLeftOut(StallApplication application, StallRules rules) {
        StallCategory category = application.category();
        List<LocalDate> daysOff = rules.daysOff(application.days());
        List<LocalDate> quotaFull = rules.quotaFullDays(category, application.days());
        List<Stall> takingCategory = candidates.get(category);
        LeftOutReason reason;
        LocalDate day = null;
        if (!daysOff.isEmpty()) {
            reason = LeftOutReason.NOT_A_FAIR_DAY;
            day = daysOff.get(0);
        } else if (takingCategory.isEmpty()) {
            reason = LeftOutReason.NO_STALL_OF_CATEGORY;
        } else if (takingCategory.stream().noneMatch(stall -> StallRules.powers(stall, application))) {
            reason = LeftOutReason.NO_STALL_WITH_POWER;
        } else if (!quotaFull.isEmpty()) {
            reason = LeftOutReason.QUOTA_FULL;
            day = quotaFull.get(0);
        } else {
            reason = LeftOutReason.NO_FREE_STALL;
        }
        return new LeftOut(application.applicationId(), reason,
                AllocationTexts.explain(reason, category, day, quotas.getOrDefault(category, 0)));
    }

    /** The rules with the earlier assignments booked, each against its category where it is known. */
    private StallRules rules(List<StallAssignment> assignments, Map<Long, StallApplication> applications) {
        StallRules rules = new StallRules(fair, quotas);
        for (StallAssignment assignment : assignments) {
            Stall stall = fair.map().stall(assignment.stallCode()).orElseThrow(() -> new IllegalArgumentException(
                    "stall " + assignment.stallCode() + " of application " + assignment.applicationId()
                            + " is not on the map"));
            StallApplication application = applications.get(assignment.applicationId());
            StallCategory category = application != null ? application.category()
                    : stall.category() != StallCategory.GENERAL ? stall.category() : null;
            rules.book(assignment, category);
        }
        return rules;
    }

    private static Map<Long, StallApplication> byId(List<StallApplication> applications) {
        Objects.requireNonNull(applications, "applications are required");
        Map<Long, StallApplication> byId = new HashMap<>();
        for (StallApplication application : applications) {
            Objects.requireNonNull(application, "applications must not hold null");
            if (byId.put(application.applicationId(), application) != null) {
                throw new IllegalArgumentException(
                        "applications: application " + application.applicationId() + " comes twice");
            }
        }
        return byId;
    }
}
