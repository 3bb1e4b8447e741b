package org.festgate.core.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.festgate.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** The allocation's inputs and outputs: applications, assignments, left-out applications and the allocation. */
class StallApplicationTest {

    private static final LocalDate D1 = LocalDate.of(2026, 2, 20);
    private static final LocalDate D2 = LocalDate.of(2026, 2, 21);
    private static final Instant AT = Instant.parse("2026-01-05T03:00:00Z");

    @Test
    void test_of_accessorsAndCopies() {
        Set<LocalDate> days = new HashSet<>(Set.of(D2, D1));
        List<String> preferred = new ArrayList<>(List.of("B-02", "A-01"));
        StallApplication application = StallApplication.of(7, 3, StallCategory.CUISINE, days, true, preferred, AT);
        days.clear();
        preferred.clear();

        assertThat(application.applicationId()).isEqualTo(7);
        assertThat(application.vendorId()).isEqualTo(3);
        assertThat(application.category()).isEqualTo(StallCategory.CUISINE);
        assertThat(application.days()).containsExactly(D1, D2);
        assertThat(application.needsPower()).isTrue();
        assertThat(application.preferredStalls()).containsExactly("B-02", "A-01");
        assertThat(application.submittedAt()).isEqualTo(AT);
        assertThat(application).hasToString("StallApplication[7 of vendor 3, CUISINE, [2026-02-20, 2026-02-21], power]")
                .isEqualTo(StallApplication.of(7, 3, StallCategory.CUISINE, Set.of(D1, D2), true,
                        List.of("B-02", "A-01"), AT))
                .hasSameHashCodeAs(StallApplication.of(7, 3, StallCategory.CUISINE, Set.of(D1, D2), true,
                        List.of("B-02", "A-01"), AT))
                .isNotEqualTo(StallApplication.of(7, 3, StallCategory.CUISINE, Set.of(D1, D2), true,
                        List.of("A-01", "B-02"), AT));
        assertThatThrownBy(() -> application.days().add(D1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void test_of_badArguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> application(0, Set.of(D1), List.of()))
                .withMessage("applicationId must be positive: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> application(1, Set.of(), List.of()))
                .withMessage("days must hold at least one day");
        assertThatIllegalArgumentException().isThrownBy(() -> application(1, Set.of(D1), List.of("A-1", "A-1")))
                .withMessage("preferredStalls: the stall A-1 comes twice");
        assertThatIllegalArgumentException().isThrownBy(() -> application(1, Set.of(D1), List.of("A 1")))
                .withMessageStartingWith("preferredStalls must be 1 to 16 letters");
        assertThatIllegalArgumentException().isThrownBy(
                () -> StallApplication.of(1, -3, StallCategory.GENERAL, Set.of(D1), false, List.of(), AT))
                .withMessage("vendorId must be positive: -3");
        assertThatNullPointerException().isThrownBy(
                () -> StallApplication.of(1, 1, StallCategory.GENERAL, Set.of(D1), false, List.of(), null))
                .withMessage("submittedAt is required");
        assertThatNullPointerException().isThrownBy(
                () -> StallApplication.of(1, 1, null, Set.of(D1), false, List.of(), AT))
                .withMessage("category is required");
    }

    @Test
    void test_assignment() {
        StallAssignment assignment = StallAssignment.of(7, "A-01", new HashSet<>(Set.of(D2, D1)));

        assertThat(assignment.days()).containsExactly(D1, D2);
        assertThat(assignment).isEqualTo(new StallAssignment(7, "A-01", Set.of(D1, D2)));
        assertThatIllegalArgumentException().isThrownBy(() -> StallAssignment.of(7, "A_01", Set.of(D1)))
                .withMessageStartingWith("stallCode must be");
        assertThatIllegalArgumentException().isThrownBy(() -> StallAssignment.of(-1, "A-01", Set.of(D1)))
                .withMessage("applicationId must be positive: -1");
        assertThatIllegalArgumentException().isThrownBy(() -> StallAssignment.of(1, "A-01", Set.of()))
                .withMessage("days must hold at least one day");
    }

    @Test
    void test_allocation() {
        StallAssignment seven = StallAssignment.of(7, "A-01", Set.of(D1));
        LeftOut eight = new LeftOut(8, LeftOutReason.QUOTA_FULL, LeftOutReason.QUOTA_FULL.label());
        Allocation allocation = new Allocation(List.of(seven), List.of(eight));

        assertThat(allocation.of(7)).contains(seven);
        assertThat(allocation.of(8)).isEmpty();
        assertThat(allocation.leftOutOf(8)).contains(eight);
        assertThat(allocation.leftOutOf(7)).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new Allocation(List.of(seven),
                List.of(new LeftOut(7, LeftOutReason.NO_FREE_STALL, LeftOutReason.NO_FREE_STALL.label()))))
                .withMessage("application 7 comes twice in the allocation");
        assertThatIllegalArgumentException().isThrownBy(() -> new Allocation(List.of(seven, seven), List.of()))
                .withMessage("application 7 comes twice in the allocation");
    }

    @Test
    void test_leftOut() {
        LocalizedText text = LeftOutReason.NOT_A_FAIR_DAY.label();
        assertThatNullPointerException().isThrownBy(() -> new LeftOut(1, null, text))
                .withMessage("reason is required");
        assertThatNullPointerException().isThrownBy(() -> new LeftOut(1, LeftOutReason.NOT_A_FAIR_DAY, null))
                .withMessage("explanation is required");
        for (LeftOutReason reason : LeftOutReason.values()) {
            assertThat(reason.label().zh()).isNotBlank();
        }
    }

    private static StallApplication application(long id, Set<LocalDate> days, List<String> preferred) {
        return StallApplication.of(id, 1, StallCategory.GENERAL, days, false, preferred, AT);
    }
}
