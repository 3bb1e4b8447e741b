package org.festgate.core.fair;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of stall allocation, and the bookings they are checked against: one place for both the allocator's
 * search and the check of an organizer's manual change.
 * <p>
 * A stall takes an application if its category {@link StallCategory#accepts accepts} the application's and it has
 * power when the vendor needs it; a stall holds at most one application a day; a category gets at most its quota of
 * stalls a day; and an application is for days on which the fair is held. An instance is used within one call and
 * is not thread-safe.
 */
final class StallRules {

    private final Fair fair;
    private final Map<StallCategory, Integer> quotas;
    /** For each stall code, the application booked on each day. */
    private final Map<String, Map<LocalDate, Long>> holders = new HashMap<>();
    /** For each category, the stalls booked on each day. */
    private final Map<StallCategory, Map<LocalDate, Integer>> booked = new EnumMap<>(StallCategory.class);

    StallRules(Fair fair, Map<StallCategory, Integer> quotas) {
        this.fair = fair;
        this.quotas = quotas;
    }

    /** Whether a stall takes an application's category. */
    static boolean takesCategory(Stall stall, StallApplication application) {
        return stall.category().accepts(application.category());
    }

    /** Whether a stall has power, if the application needs it. */
    static boolean powers(Stall stall, StallApplication application) {
        return stall.power() || !application.needsPower();
    }

    /** Whether a stall takes an application by its category and power: what the stall is, not who holds it. */
    static boolean fits(Stall stall, StallApplication application) {
        return takesCategory(stall, application) && powers(stall, application);
    }

    /** The days of a set on which the fair is not held, in order. */
    List<LocalDate> daysOff(Set<LocalDate> days) {
        return days.stream().filter(day -> !fair.isOn(day)).toList();
    }

    /** The days of a set on which a category already has its quota of stalls, in order. */
    List<LocalDate> quotaFullDays(StallCategory category, Set<LocalDate> days) {
        Integer quota = quotas.get(category);
        if (quota == null) {
            return List.of();
        }
        Map<LocalDate, Integer> perDay = booked.getOrDefault(category, Map.of());
        return days.stream().filter(day -> perDay.getOrDefault(day, 0) >= quota).toList();
    }

    /** The quota of a category. */
    int quota(StallCategory category) {
        return quotas.get(category);
    }

    /** The application booked on a stall on a day, or null if the stall is free that day. */
    Long holder(String stallCode, LocalDate day) {
        return holders.getOrDefault(stallCode, Map.of()).get(day);
    }

    /** Whether a stall is free on every day of a set. */
    boolean isFree(String stallCode, Set<LocalDate> days) {
        Map<LocalDate, Long> perDay = holders.get(stallCode);
        return perDay == null || days.stream().noneMatch(perDay::containsKey);
    }

    /**
     * Books a stall for an assignment's days.
     *
     * @param category the category the booking counts against, or null if it is not known
     * @throws IllegalArgumentException if the stall is already booked on one of the days
     */
    void book(StallAssignment assignment, StallCategory category) {
        Map<LocalDate, Long> perDay = holders.computeIfAbsent(assignment.stallCode(), code -> new HashMap<>());
        for (LocalDate day : assignment.days()) {
            Long other = perDay.putIfAbsent(day, assignment.applicationId());
            if (other != null) {
                throw new IllegalArgumentException("stall " + assignment.stallCode() + " is booked twice on " + day
                        + ": by application " + other + " and by application " + assignment.applicationId());
            }
            if (category != null) {
                booked.computeIfAbsent(category, c -> new HashMap<>()).merge(day, 1, Integer::sum);
            }
        }
    }

    /**
     * Every rule a proposed assignment breaks, in English, checked against the bookings made so far.
     *
     * @param proposed    the assignment, for the application given
     * @param application the application, not booked yet
     * @return the reasons, empty if the assignment keeps every rule
     */
    List<String> violations(StallAssignment proposed, StallApplication application) {
        List<String> violations = new ArrayList<>();
        if (!proposed.days().equals(application.days())) {
            violations.add("the days " + proposed.days() + " are not the days applied for " + application.days());
        }
        daysOff(proposed.days()).forEach(day -> violations.add("the fair is not held on " + day));
        Optional<Stall> found = fair.map().stall(proposed.stallCode());
        if (found.isEmpty()) {
            violations.add("stall " + proposed.stallCode() + " is not on the map");
        }
        found.filter(stall -> !takesCategory(stall, application)).ifPresent(stall -> violations.add(
                "stall " + stall.code() + " is for " + stall.category() + ", not " + application.category()));
        found.filter(stall -> !powers(stall, application))
                .ifPresent(stall -> violations.add("stall " + stall.code() + " has no power"));
        for (LocalDate day : proposed.days()) {
            Long holder = holder(proposed.stallCode(), day);
            if (holder != null) {
                violations.add("stall " + proposed.stallCode() + " is taken on " + day + " by application " + holder);
            }
        }
        quotaFullDays(application.category(), proposed.days()).forEach(day -> violations.add("quota of "
                + application.category() + " (" + quota(application.category()) + " per day) is full on " + day));
        return violations;
    }
}
