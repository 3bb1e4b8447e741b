package org.festgate.core.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.festgate.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

class StallAllocatorTest {

    private static final LocalDate D1 = LocalDate.of(2026, 3, 1);
    private static final LocalDate D2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate D3 = LocalDate.of(2026, 3, 3);
    private static final Set<LocalDate> BOTH = Set.of(D1, D2);
    private static final Instant AT = Instant.parse("2026-01-10T01:00:00Z");

    private static final Stall A1 = stall("A-01", StallCategory.CUISINE, 300, true, 0);
    private static final Stall A2 = stall("A-02", StallCategory.CUISINE, 300, false, 1);
    private static final Stall A3 = stall("A-03", StallCategory.CUISINE, 200, false, 2);
    private static final Stall N1 = stall("N-01", StallCategory.AGRICULTURAL_PRODUCTS, 300, false, 3);
    private static final Stall G1 = stall("G-01", StallCategory.GENERAL, 400, true, 4);
    private static final Fair FAIR = fair(A1, A2, A3, N1, G1);
    private static final StallAllocator UNLIMITED = StallAllocator.of(FAIR, Map.of());

    @Test
    void test_allocate_smallestFittingStall() {
        Allocation allocation = UNLIMITED.allocate(List.of(cuisine(1, BOTH, false)), List.of());

        assertThat(allocation.assignments()).containsExactly(StallAssignment.of(1, "A-03", BOTH));
        assertThat(allocation.leftOut()).isEmpty();
    }

    /** Equal areas go by code: A-02 before G-01's larger area, A-01 (power) before A-02 by code. */
    @Test
    void test_allocate_equalAreasByCode() {
        Allocation allocation = UNLIMITED.allocate(List.of(cuisine(1, BOTH, false), cuisine(2, BOTH, false),
                cuisine(3, BOTH, false), cuisine(4, BOTH, false)), List.of());

        assertThat(allocation.assignments()).extracting(StallAssignment::stallCode)
                .containsExactly("A-03", "A-01", "A-02", "G-01");
    }

    @Test
    void test_allocate_preferencesFirst() {
        StallApplication prefersG1 = application(1, StallCategory.CUISINE, BOTH, false, List.of("N-01", "G-01"), 0);

        assertThat(UNLIMITED.allocate(List.of(prefersG1), List.of()).of(1)).map(StallAssignment::stallCode)
                .contains("G-01");
    }

    /** Served by submission time, then id: the earlier application gets the stall all three prefer. */
    @Test
    void test_allocate_earlierSubmissionFirst() {
        StallApplication late = application(1, StallCategory.CUISINE, BOTH, false, List.of("A-01"), 5);
        StallApplication early = application(2, StallCategory.CUISINE, BOTH, false, List.of("A-01"), 0);
        StallApplication sameTimeHigherId = application(3, StallCategory.CUISINE, BOTH, false, List.of("A-01"), 0);

        Allocation allocation = UNLIMITED.allocate(List.of(late, sameTimeHigherId, early), List.of());

        assertThat(allocation.assignments()).containsExactly(StallAssignment.of(2, "A-01", BOTH),
                StallAssignment.of(3, "A-03", BOTH), StallAssignment.of(1, "A-02", BOTH));
    }

    @Test
    void test_allocate_generalStallTakesAnyCategory() {
        StallApplication brocade = application(1, StallCategory.CRAFTS_AND_BROCADE, BOTH, false, List.of(), 0);

        assertThat(UNLIMITED.allocate(List.of(brocade), List.of()).of(1)).map(StallAssignment::stallCode)
                .contains("G-01");
    }

    @Test
    void test_allocate_powerNeeded() {
        Allocation allocation = UNLIMITED.allocate(List.of(cuisine(1, BOTH, true), cuisine(2, BOTH, true),
                cuisine(3, BOTH, true)), List.of());

        assertThat(allocation.assignments()).extracting(StallAssignment::stallCode).containsExactly("A-01", "G-01");
        assertThat(allocation.leftOutOf(3)).map(LeftOut::reason).contains(LeftOutReason.NO_FREE_STALL);
    }

    /** One stall serves different applications on different days, but an application keeps one stall. */
    @Test
    void test_allocate_daysShareAStall() {
        StallAllocator oneStall = StallAllocator.of(fair(A3), Map.of());

        Allocation allocation = oneStall.allocate(List.of(cuisine(1, Set.of(D1), false),
                cuisine(2, Set.of(D2), false), cuisine(3, BOTH, false)), List.of());

        assertThat(allocation.assignments()).containsExactly(StallAssignment.of(1, "A-03", Set.of(D1)),
                StallAssignment.of(2, "A-03", Set.of(D2)));
        assertThat(allocation.leftOutOf(3)).map(LeftOut::reason).contains(LeftOutReason.NO_FREE_STALL);
    }

    @Test
    void test_allocate_keptStay() {
        StallAssignment keptA3 = StallAssignment.of(9, "A-03", Set.of(D1));
        StallAssignment keptG1 = StallAssignment.of(2, "G-01", BOTH);

        Allocation allocation = UNLIMITED.allocate(List.of(cuisine(1, BOTH, false), cuisine(2, BOTH, false)),
                List.of(keptA3, keptG1));

        assertThat(allocation.assignments()).containsExactly(StallAssignment.of(1, "A-01", BOTH), keptG1);
    }

    @Test
    void test_allocate_quotaFull() {
        StallAllocator allocator = StallAllocator.of(FAIR, Map.of(StallCategory.CUISINE, 1));

        Allocation allocation = allocator.allocate(List.of(cuisine(1, Set.of(D2), false), cuisine(2, BOTH, false),
                cuisine(3, Set.of(D1), false)), List.of());

        assertThat(allocation.assignments()).containsExactly(StallAssignment.of(1, "A-03", Set.of(D2)),
                StallAssignment.of(3, "A-03", Set.of(D1)));
        LeftOut out = allocation.leftOutOf(2).orElseThrow();
        assertThat(out.reason()).isEqualTo(LeftOutReason.QUOTA_FULL);
        assertThat(out.explanation()).isEqualTo(LocalizedText.of("Ngành hàng Ẩm thực đã đủ 1 gian hàng ngày 02/03/2026",
                "The quota of Cuisine (1 a day) is full on 2 Mar 2026", "美食的摊位配额（每天1个）在2026年3月2日已满"));
    }

    @Test
    void test_allocate_zeroQuota() {
        StallAllocator allocator = StallAllocator.of(FAIR, Map.of(StallCategory.CUISINE, 0));

        assertThat(allocator.allocate(List.of(cuisine(1, BOTH, false)), List.of()).leftOutOf(1))
                .map(LeftOut::reason).contains(LeftOutReason.QUOTA_FULL);
    }

    /** A kept assignment on a stall of its own category counts against the quota even without its application. */
    @Test
    void test_allocate_keptCountAgainstQuota() {
        StallAllocator allocator = StallAllocator.of(FAIR, Map.of(StallCategory.CUISINE, 1));
        List<StallApplication> approved = List.of(cuisine(1, BOTH, false));

        assertThat(allocator.allocate(approved, List.of(StallAssignment.of(9, "A-02", Set.of(D2)))).leftOutOf(1))
                .map(LeftOut::reason).contains(LeftOutReason.QUOTA_FULL);
        assertThat(allocator.allocate(approved, List.of(StallAssignment.of(9, "G-01", Set.of(D2)))).of(1))
                .as("category of a GENERAL stall's holder unknown").isPresent();
        assertThat(allocator.allocate(List.of(cuisine(1, BOTH, false), cuisine(9, Set.of(D2), false)),
                List.of(StallAssignment.of(9, "G-01", Set.of(D2)))).leftOutOf(1))
                .as("category known from the application").map(LeftOut::reason).contains(LeftOutReason.QUOTA_FULL);
    }

    @Test
    void test_allocate_reasonsWithoutStall() {
        StallAllocator noGeneral = StallAllocator.of(fair(A2, A3, N1), Map.of());

        Allocation allocation = noGeneral.allocate(List.of(
                application(1, StallCategory.BORDER_TRADE_GOODS, BOTH, false, List.of(), 0),
                application(2, StallCategory.AGRICULTURAL_PRODUCTS, BOTH, true, List.of(), 0),
                application(3, StallCategory.BORDER_TRADE_GOODS, Set.of(D1, D3), false, List.of(), 0)), List.of());

        assertThat(allocation.assignments()).isEmpty();
        assertThat(allocation.leftOut()).containsExactly(
                new LeftOut(1, LeftOutReason.NO_STALL_OF_CATEGORY, LocalizedText.of(
                        "Sơ đồ không có gian hàng nhận ngành hàng Hàng biên mậu",
                        "No stall on the map takes Border-trade goods", "摊位图上没有接受边贸商品的摊位")),
                new LeftOut(2, LeftOutReason.NO_STALL_WITH_POWER, LocalizedText.of(
                        "Không có gian hàng có điện nhận ngành hàng Nông sản",
                        "No stall with power takes Agricultural products", "没有接受农产品的带电摊位")),
                new LeftOut(3, LeftOutReason.NOT_A_FAIR_DAY, LocalizedText.of("Hội chợ không diễn ra ngày 03/03/2026",
                        "The fair is not held on 3 Mar 2026", "博览会2026年3月3日不举办")));
    }

    @Test
    void test_allocate_noFreeStallExplanation() {
        StallAllocator oneStall = StallAllocator.of(fair(A3), Map.of());

        LeftOut out = oneStall.allocate(List.of(cuisine(1, BOTH, false), cuisine(2, Set.of(D2), false)), List.of())
                .leftOutOf(2).orElseThrow();

        assertThat(out.explanation()).isEqualTo(LeftOutReason.NO_FREE_STALL.label());
    }

    @Test
    void test_allocate_badInput() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UNLIMITED.allocate(List.of(cuisine(1, BOTH, false), cuisine(1, BOTH, true)),
                        List.of()))
                .withMessage("applications: application 1 comes twice");
        assertThatIllegalArgumentException().isThrownBy(() -> UNLIMITED.allocate(List.of(),
                List.of(StallAssignment.of(1, "A-01", Set.of(D1)), StallAssignment.of(2, "A-01", BOTH))))
                .withMessage("stall A-01 is booked twice on 2026-03-01: by application 1 and by application 2");
        assertThatIllegalArgumentException().isThrownBy(() -> UNLIMITED.allocate(List.of(),
                List.of(StallAssignment.of(1, "A-01", Set.of(D1)), StallAssignment.of(1, "A-02", Set.of(D2)))))
                .withMessage("kept: application 1 has two assignments");
        assertThatIllegalArgumentException().isThrownBy(() -> UNLIMITED.allocate(List.of(),
                List.of(StallAssignment.of(1, "Z-99", Set.of(D1)))))
                .withMessage("stall Z-99 of application 1 is not on the map");
        assertThatNullPointerException().isThrownBy(() -> UNLIMITED.allocate(List.of(), null))
                .withMessage("kept is required");
    }

    @Test
    void test_of_badQuotas() {
        assertThatIllegalArgumentException().isThrownBy(() -> StallAllocator.of(FAIR, Map.of(StallCategory.CUISINE,
                -1))).withMessage("quotas of CUISINE must not be negative: -1");
        assertThatNullPointerException().isThrownBy(() -> StallAllocator.of(null, Map.of()))
                .withMessage("fair is required");
    }

    @Test
    void test_violations_none() {
        List<StallAssignment> current = List.of(StallAssignment.of(2, "A-01", BOTH));

        assertThat(UNLIMITED.violations(StallAssignment.of(1, "A-02", BOTH), cuisine(1, BOTH, false), current))
                .isEmpty();
    }

    /** The application's own assignment does not block its move to another stall, or staying. */
    @Test
    void test_violations_ownAssignmentReplaced() {
        List<StallAssignment> current = List.of(StallAssignment.of(1, "A-01", BOTH));
        StallAllocator allocator = StallAllocator.of(FAIR, Map.of(StallCategory.CUISINE, 1));

        assertThat(allocator.violations(StallAssignment.of(1, "A-01", BOTH), cuisine(1, BOTH, false), current))
                .isEmpty();
        assertThat(allocator.violations(StallAssignment.of(1, "A-02", BOTH), cuisine(1, BOTH, false), current))
                .isEmpty();
    }

    @Test
    void test_violations_messages() {
        StallAllocator allocator = StallAllocator.of(FAIR, Map.of(StallCategory.CRAFTS_AND_BROCADE, 1));
        StallApplication brocade = application(1, StallCategory.CRAFTS_AND_BROCADE, BOTH, true, List.of(), 0);
        List<StallAssignment> current = List.of(StallAssignment.of(7, "A-02", Set.of(D1)),
                StallAssignment.of(8, "G-01", Set.of(D2)));
        List<StallApplication> holders = List.of(
                application(8, StallCategory.CRAFTS_AND_BROCADE, Set.of(D2), false, List.of(), 0));

        assertThat(allocator.violations(StallAssignment.of(1, "A-02", BOTH), brocade, current, holders))
                .containsExactly("stall A-02 is for CUISINE, not CRAFTS_AND_BROCADE", "stall A-02 has no power",
                        "stall A-02 is taken on 2026-03-01 by application 7",
                        "quota of CRAFTS_AND_BROCADE (1 per day) is full on 2026-03-02");
        assertThat(allocator.violations(StallAssignment.of(1, "A-02", BOTH), brocade, current))
                .as("the holder of G-01 unknown").hasSize(3);
        assertThat(allocator.violations(StallAssignment.of(1, "X-1", Set.of(D1, D3)), brocade, List.of()))
                .containsExactly("the days [2026-03-01, 2026-03-03] are not the days applied for "
                        + "[2026-03-01, 2026-03-02]", "the fair is not held on 2026-03-03", "stall X-1 is not on the map");
    }

    @Test
    void test_violations_badInput() {
        assertThatIllegalArgumentException().isThrownBy(() -> UNLIMITED.violations(StallAssignment.of(2, "A-01",
                BOTH), cuisine(1, BOTH, false), List.of()))
                .withMessage("proposed is for application 2, not for application 1");
        assertThatNullPointerException().isThrownBy(() -> UNLIMITED.violations(StallAssignment.of(1, "A-01",
                BOTH), cuisine(1, BOTH, false), null)).withMessage("current is required");
    }

    private static StallApplication cuisine(long id, Set<LocalDate> days, boolean power) {
        return application(id, StallCategory.CUISINE, days, power, List.of(), 0);
    }

    private static StallApplication application(long id, StallCategory category, Set<LocalDate> days,
            boolean power, List<String> preferred, int minute) {
        return StallApplication.of(id, 100 + id, category, days, power, preferred, AT.plusSeconds(60L * minute));
    }

    /** A square stall in a row of 500-centimetre cells. */
    private static Stall stall(String code, StallCategory category, int sideCm, boolean power, int cell) {
        return Stall.of(code, "khu", category, sideCm, sideCm, power, cell * 500, 0);
    }

    private static Fair fair(Stall... stalls) {
        return Fair.of("hoi-cho", LocalizedText.of("Hội chợ", "Fair", "博览会"), null, "san",
                List.of(FairDay.of(D1, LocalTime.of(8, 0), LocalTime.of(22, 0)),
                        FairDay.of(D2, LocalTime.of(8, 0), LocalTime.of(22, 0))),
                StallMap.of(2500, 500, List.of(Zone.of("khu", LocalizedText.of("Khu", "Zone", "区"))),
                        List.of(stalls)));
    }
}
