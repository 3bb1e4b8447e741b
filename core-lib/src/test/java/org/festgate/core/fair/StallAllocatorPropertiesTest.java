package org.festgate.core.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.festgate.core.text.LocalizedText;

/**
 * The allocation's rules over random fairs: up to 24 stalls of random categories, sizes and power on a grid, a
 * random set of days, random quotas, up to 60 applications with random days (now and then a day the fair is not
 * held), power needs and preferences (now and then a stall that is not on the map). Each scenario allocates twice:
 * the earlier applications first, of which a random part of the assignments is kept, then all applications around
 * the kept assignments; the properties are checked on the second run.
 */
class StallAllocatorPropertiesTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);
    private static final Instant OPENING = Instant.parse("2026-01-10T01:00:00Z");
    private static final int COLUMNS = 6;
    private static final int CELL_CM = 400;

    record StallSpec(StallCategory category, int widthCm, int depthCm, boolean power) {
    }

    record ApplicationSpec(StallCategory category, Set<Integer> dayOffsets, boolean needsPower,
            List<Integer> preferredIndexes, int minute) {
    }

    /** A fair, its quotas, all approved applications, the kept assignments and the second run's allocation. */
    record Scenario(Fair fair, Map<StallCategory, Integer> quotas, List<StallApplication> approved,
            List<StallAssignment> kept, Allocation allocation) {

        StallAllocator allocator() {
            return StallAllocator.of(fair, quotas);
        }

        StallApplication application(long id) {
            return approved.stream().filter(a -> a.applicationId() == id).findFirst().orElseThrow();
        }

        Stall stall(String code) {
            return fair.map().stall(code).orElseThrow();
        }
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<StallSpec> stall = Combinators.combine(Arbitraries.of(StallCategory.class),
                Arbitraries.integers().between(1, CELL_CM), Arbitraries.integers().between(1, CELL_CM),
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(true)), Tuple.of(2, Arbitraries.just(false))))
                .as(StallSpec::new);
        Arbitrary<Set<Integer>> fairDays = Arbitraries.integers().between(0, 4).set().ofMinSize(1).ofMaxSize(4);
        Arbitrary<Map<StallCategory, Integer>> quotas = Arbitraries.maps(Arbitraries.of(StallCategory.class),
                Arbitraries.integers().between(0, 6)).ofMaxSize(4);
        return Combinators.combine(stall.list().ofMinSize(1).ofMaxSize(24), fairDays, quotas)
                .flatAs((stalls, days, quota) -> Combinators.combine(
                        applications(stalls.size(), days).list().ofMaxSize(60),
                        Arbitraries.integers().between(0, 60), Arbitraries.longs())
                        .as((applications, earlier, keepSeed) ->
                                scenario(stalls, days, quota, applications, earlier, keepSeed)));
    }

    private static Arbitrary<ApplicationSpec> applications(int stallCount, Set<Integer> fairDays) {
        Arbitrary<Integer> day = Arbitraries.frequencyOf(Tuple.of(19, Arbitraries.of(fairDays)),
                Tuple.of(1, Arbitraries.integers().between(0, 6)));
        return Combinators.combine(Arbitraries.of(StallCategory.class), day.set().ofMinSize(1).ofMaxSize(3),
                Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(true)), Tuple.of(3, Arbitraries.just(false))),
                Arbitraries.integers().between(0, stallCount).list().uniqueElements().ofMaxSize(3),
                Arbitraries.integers().between(0, 30)).as(ApplicationSpec::new);
    }

    private static Scenario scenario(List<StallSpec> stallSpecs, Set<Integer> fairDays,
            Map<StallCategory, Integer> quotas, List<ApplicationSpec> specs, int earlierCount, long keepSeed) {
        List<Stall> stalls = new ArrayList<>();
        for (int i = 0; i < stallSpecs.size(); i++) {
            StallSpec spec = stallSpecs.get(i);
            stalls.add(Stall.of(code(i), "z" + i % 3, spec.category(), spec.widthCm(), spec.depthCm(), spec.power(),
                    i % COLUMNS * CELL_CM, i / COLUMNS * CELL_CM));
        }
        List<Zone> zones = IntStream.range(0, 3)
                .mapToObj(i -> Zone.of("z" + i, LocalizedText.of("Khu " + i, "Zone " + i, "区" + i))).toList();
        Fair fair = Fair.of("hoi-cho", LocalizedText.of("Hội chợ", "Fair", "博览会"), null, "san",
                fairDays.stream().map(d -> FairDay.of(FIRST_DAY.plusDays(d), LocalTime.of(8, 0), LocalTime.of(22, 0)))
                        .toList(),
                StallMap.of(COLUMNS * CELL_CM, 4 * CELL_CM, zones, stalls));
        List<StallApplication> applications = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ApplicationSpec spec = specs.get(i);
            applications.add(StallApplication.of(i + 1, 100 + i, spec.category(),
                    spec.dayOffsets().stream().map(FIRST_DAY::plusDays).collect(Collectors.toSet()),
                    spec.needsPower(), spec.preferredIndexes().stream().map(StallAllocatorPropertiesTest::code).toList(),
                    OPENING.plusSeconds(60L * spec.minute())));
        }
        StallAllocator allocator = StallAllocator.of(fair, quotas);
        List<StallApplication> earlier = applications.subList(0, Math.min(earlierCount, applications.size()));
        Random keep = new Random(keepSeed);
        List<StallAssignment> kept = allocator.allocate(earlier, List.of()).assignments().stream()
                .filter(assignment -> keep.nextBoolean()).toList();
        return new Scenario(fair, quotas, applications, kept, allocator.allocate(applications, kept));
    }

    /** Stall codes whose order is not the order of the stalls on the map; one past the last is not on the map. */
    private static String code(int index) {
        return (char) ('A' + index * 7 % 5) + "-" + (index < 10 ? "0" : "") + index;
    }

    @Property(tries = 1000)
    void noStallIsBookedTwiceOnADay(@ForAll("scenarios") Scenario scenario) {
        Set<String> stallDays = new HashSet<>();
        for (StallAssignment assignment : scenario.allocation().assignments()) {
            for (LocalDate day : assignment.days()) {
                assertThat(stallDays.add(assignment.stallCode() + " " + day))
                        .as("%s on %s booked twice", assignment.stallCode(), day).isTrue();
            }
        }
    }

    /** Quotas, categories (GENERAL takes any), power and days: every assignment keeps every rule. */
    @Property(tries = 1000)
    void everyAssignmentKeepsTheRules(@ForAll("scenarios") Scenario scenario) {
        Map<String, Integer> perCategoryAndDay = new HashMap<>();
        for (StallAssignment assignment : scenario.allocation().assignments()) {
            StallApplication application = scenario.application(assignment.applicationId());
            Stall stall = scenario.stall(assignment.stallCode());
            assertThat(stall.category() == StallCategory.GENERAL || stall.category() == application.category())
                    .as("%s for %s", stall, application).isTrue();
            assertThat(stall.power() || !application.needsPower()).as("%s for %s", stall, application).isTrue();
            assertThat(assignment.days()).isEqualTo(application.days()).allMatch(scenario.fair()::isOn);
            for (LocalDate day : assignment.days()) {
                perCategoryAndDay.merge(application.category() + " " + day, 1, Integer::sum);
            }
        }
        perCategoryAndDay.forEach((categoryAndDay, count) -> {
            Integer quota = scenario.quotas().get(StallCategory.valueOf(categoryAndDay.split(" ")[0]));
            assertThat(quota == null || count <= quota).as("%s: %d stalls, quota %s", categoryAndDay, count, quota)
                    .isTrue();
        });
    }

    /** Every approved application comes back exactly once, assigned or left out with one reason. */
    @Property(tries = 1000)
    void everyApplicationIsAssignedOrLeftOutOnce(@ForAll("scenarios") Scenario scenario) {
        Allocation allocation = scenario.allocation();
        List<Long> returned = new ArrayList<>();
        allocation.assignments().forEach(assignment -> returned.add(assignment.applicationId()));
        allocation.leftOut().forEach(out -> {
            returned.add(out.applicationId());
            assertThat(out.explanation().en()).isNotBlank();
        });

        assertThat(returned).containsExactlyInAnyOrderElementsOf(
                scenario.approved().stream().map(StallApplication::applicationId).toList());
    }

    @Property(tries = 1000)
    void keptAssignmentsStayUntouched(@ForAll("scenarios") Scenario scenario) {
        assertThat(scenario.allocation().assignments()).containsAll(scenario.kept());
    }

    @Property(tries = 500)
    void deterministicWhateverTheOrderOfTheInput(@ForAll("scenarios") Scenario scenario, @ForAll long seed) {
        List<StallApplication> approved = new ArrayList<>(scenario.approved());
        List<StallAssignment> kept = new ArrayList<>(scenario.kept());
        Collections.shuffle(approved, new Random(seed));
        Collections.shuffle(kept, new Random(seed + 1));

        assertThat(scenario.allocator().allocate(approved, kept)).isEqualTo(scenario.allocation());
    }

    /** Each assignment that allocate() makes has no violations against all the others. */
    @Property(tries = 1000)
    void violationsAgreeWithAllocate(@ForAll("scenarios") Scenario scenario) {
        List<StallAssignment> all = scenario.allocation().assignments();
        for (StallAssignment assignment : all) {
            List<StallAssignment> others = all.stream().filter(other -> other != assignment).toList();
            assertThat(scenario.allocator().violations(assignment, scenario.application(assignment.applicationId()),
                    others, scenario.approved())).as("%s", assignment).isEmpty();
        }
    }

    /**
     * Replays the applications in the order they were submitted, with what was booked before each: an assigned one
     * got its first preferred stall that has no violations, else the smallest stall (by area, then code) that has
     * none; a left-out one has violations on every stall of the map, and its reason is the first that applies.
     */
    @Property(tries = 1000)
    void eachApplicationGetsWhatTheRulesGiveAtItsTurn(@ForAll("scenarios") Scenario scenario) {
        StallAllocator allocator = scenario.allocator();
        Map<Long, StallAssignment> assigned = scenario.allocation().assignments().stream()
                .collect(Collectors.toMap(StallAssignment::applicationId, Function.identity()));
        Set<Long> keptIds = scenario.kept().stream().map(StallAssignment::applicationId).collect(Collectors.toSet());
        List<StallAssignment> before = new ArrayList<>(scenario.kept());
        List<Stall> smallestFirst = scenario.fair().map().stalls().stream()
                .sorted(Comparator.comparingLong(Stall::areaCm2).thenComparing(Stall::code)).toList();
        List<StallApplication> inOrder = scenario.approved().stream().sorted(Comparator
                .comparing(StallApplication::submittedAt).thenComparingLong(StallApplication::applicationId)).toList();
        for (StallApplication application : inOrder) {
            if (keptIds.contains(application.applicationId())) {
                continue;
            }
            List<String> free = new ArrayList<>(application.preferredStalls());
            smallestFirst.forEach(stall -> free.add(stall.code()));
            free.removeIf(code -> !allocator.violations(StallAssignment.of(application.applicationId(), code,
                    application.days()), application, before, scenario.approved()).isEmpty());
            StallAssignment assignment = assigned.get(application.applicationId());
            if (assignment != null) {
                assertThat(free).as("%s", application).first().isEqualTo(assignment.stallCode());
                before.add(assignment);
            } else {
                assertThat(free).as("%s", application).isEmpty();
                assertThat(scenario.allocation().leftOutOf(application.applicationId()).orElseThrow().reason())
                        .as("%s", application).isEqualTo(expectedReason(scenario, application, before));
            }
        }
        Statistics.label("kept").collect(!scenario.kept().isEmpty());
        Statistics.label("preference given").collect(scenario.allocation().assignments().stream().anyMatch(a ->
                !keptIds.contains(a.applicationId())
                        && scenario.application(a.applicationId()).preferredStalls().contains(a.stallCode())));
        for (LeftOutReason reason : LeftOutReason.values()) {
            Statistics.label(reason.name()).collect(scenario.allocation().leftOut().stream()
                    .anyMatch(out -> out.reason() == reason));
        }
        Statistics.label("kept").coverage(coverage -> coverage.check(true).percentage(p -> p > 20));
        Statistics.label("preference given").coverage(coverage -> coverage.check(true).percentage(p -> p > 20));
        for (LeftOutReason reason : LeftOutReason.values()) {
            Statistics.label(reason.name()).coverage(coverage -> coverage.check(true).percentage(p -> p > 5));
        }
    }

    /** The first reason that applies, in the documented order. */
    private static LeftOutReason expectedReason(Scenario scenario, StallApplication application,
            List<StallAssignment> before) {
        List<Stall> stalls = scenario.fair().map().stalls();
        if (!application.days().stream().allMatch(scenario.fair()::isOn)) {
            return LeftOutReason.NOT_A_FAIR_DAY;
        }
        if (stalls.stream().noneMatch(stall -> stall.category().accepts(application.category()))) {
            return LeftOutReason.NO_STALL_OF_CATEGORY;
        }
        if (stalls.stream().noneMatch(stall -> stall.category().accepts(application.category())
                && (stall.power() || !application.needsPower()))) {
            return LeftOutReason.NO_STALL_WITH_POWER;
        }
        Integer quota = scenario.quotas().get(application.category());
        boolean quotaFull = quota != null && application.days().stream().anyMatch(day -> before.stream()
                .filter(b -> b.days().contains(day)
                        && scenario.application(b.applicationId()).category() == application.category())
                .count() >= quota);
        return quotaFull ? LeftOutReason.QUOTA_FULL : LeftOutReason.NO_FREE_STALL;
    }
}
