package org.festgate.core.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.festgate.core.admission.Fixtures.ADMISSION;
import static org.festgate.core.admission.Fixtures.claims;
import static org.festgate.core.admission.Fixtures.local;
import static org.festgate.core.admission.Fixtures.recordOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.festgate.core.ticket.EntryPolicy;
import org.festgate.core.ticket.TicketVerification;

/** Invariants of the entry policies over any sequence of scans of one ticket. */
class AdmissionPropertiesTest {

    /** One scan: a direction, one of three entrances, and the minutes since the previous scan. */
    record Step(Direction direction, String entranceKey, int minutesLater) {
    }

    @Provide
    Arbitrary<List<Step>> scans() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.of(Direction.class),
                Arbitraries.of("north-gate", "south-gate", "east-gate"),
                Arbitraries.integers().between(0, 900)).as(Step::new);
        return step.list().ofMaxSize(40);
    }

    /** The admitted scans, in order, of a sequence of scans of one ticket decided one after the other. */
    private static List<ScanRecord> admitted(EntryPolicy policy, List<Step> steps) {
        TicketVerification ticket = new TicketVerification.Valid(claims(1, policy));
        List<ScanRecord> log = new ArrayList<>();
        Instant at = local("2026-02-17T06:00");
        for (Step step : steps) {
            at = at.plusSeconds(60L * step.minutesLater());
            AdmissionDecision decision = ADMISSION.decide(ticket, step.entranceKey(), step.direction(), at, log);
            log.add(recordOf(decision, step.entranceKey()));
        }
        return log.stream().filter(ScanRecord::isAdmitted).toList();
    }

    @Property(tries = 1000)
    void singleEntry_admitsAtMostOneEntry(@ForAll("scans") List<Step> steps) {
        assertThat(admitted(EntryPolicy.SINGLE_ENTRY, steps)).filteredOn(scan -> scan.direction() == Direction.IN)
                .hasSizeLessThanOrEqualTo(1);
    }

    @Property(tries = 1000)
    void reentryAfterExit_alternatesStartingWithEntry(@ForAll("scans") List<Step> steps) {
        List<Direction> directions = admitted(EntryPolicy.REENTRY_AFTER_EXIT, steps).stream()
                .map(ScanRecord::direction).toList();
        for (int i = 0; i < directions.size(); i++) {
            assertThat(directions.get(i)).as("admitted scan %d of %s", i, directions)
                    .isEqualTo(i % 2 == 0 ? Direction.IN : Direction.OUT);
        }
        long entries = steps.stream().filter(step -> step.direction() == Direction.IN).count();
        assertThat(entries == 0 || !directions.isEmpty()).as("the first entry is admitted").isTrue();
    }

    @Property(tries = 1000)
    void oncePerDay_admitsAtMostOneEntryPerLocalDay(@ForAll("scans") List<Step> steps) {
        Map<Object, Long> entriesPerDay = admitted(EntryPolicy.ONCE_PER_DAY, steps).stream()
                .filter(scan -> scan.direction() == Direction.IN)
                .collect(Collectors.groupingBy(scan -> scan.at().atZone(TicketTypeRules.DEFAULT_ZONE).toLocalDate(),
                        Collectors.counting()));
        assertThat(entriesPerDay.values()).allMatch(count -> count == 1);
    }

    /** Whatever the policy, an exit is admitted only right after an admitted entry: nobody is inside twice. */
    @Property(tries = 1000)
    void everyPolicy_exitOnlyWhenInside(@ForAll EntryPolicy policy, @ForAll("scans") List<Step> steps) {
        Direction previous = Direction.OUT;
        for (ScanRecord scan : admitted(policy, steps)) {
            assertThat(scan.direction() == Direction.OUT && previous == Direction.OUT).as("exit at %s", scan.at())
                    .isFalse();
            previous = scan.direction();
        }
    }
}
