package org.festgate.core.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.festgate.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StallMapTest {

    private static final List<Zone> ZONES = List.of(
            Zone.of("am-thuc", LocalizedText.of("Phố ẩm thực", "Food street", "美食街")),
            Zone.of("tho-cam", LocalizedText.of("Dãy thổ cẩm", "Brocade row", "织锦区")));
    private static final Stall A1 = Stall.of("A-01", "am-thuc", StallCategory.CUISINE, 300, 300, true, 0, 0);
    private static final Stall A2 = Stall.of("A-02", "am-thuc", StallCategory.CUISINE, 300, 300, false, 300, 0);
    private static final Stall B1 = Stall.of("B-01", "tho-cam", StallCategory.CRAFTS_AND_BROCADE, 200, 300, false,
            0, 300);

    @Test
    void test_of_lookups() {
        StallMap map = StallMap.of(1000, 800, ZONES, List.of(B1, A1, A2));

        assertThat(map.stalls()).containsExactly(B1, A1, A2);
        assertThat(map.zones()).isEqualTo(ZONES);
        assertThat(map.stall("A-02")).contains(A2);
        assertThat(map.stall("A-03")).isEmpty();
        assertThat(map.widthCm()).isEqualTo(1000);
        assertThat(map.depthCm()).isEqualTo(800);
        assertThat(map).hasToString("StallMap[1000x800 cm, 2 zones, 3 stalls]")
                .isEqualTo(StallMap.of(1000, 800, ZONES, List.of(B1, A1, A2)))
                .hasSameHashCodeAs(StallMap.of(1000, 800, ZONES, List.of(B1, A1, A2)))
                .isNotEqualTo(StallMap.of(1000, 800, ZONES, List.of(A1, A2, B1)));
    }

    @Test
    void test_of_copies() {
        List<Stall> stalls = new ArrayList<>(List.of(A1));
        StallMap map = StallMap.of(1000, 800, ZONES, stalls);
        stalls.add(A2);

        assertThat(map.stalls()).containsExactly(A1);
    }

    @Test
    void test_of_touchingStallsAndMapEdgesAllowed() {
        Stall corner = Stall.of("C-01", "am-thuc", StallCategory.CUISINE, 700, 500, false, 300, 300);

        assertThat(StallMap.of(1000, 800, ZONES, List.of(A1, A2, B1, corner)).stalls()).hasSize(4);
        assertThat(StallMap.of(1, 1, List.of(), List.of()).stalls()).isEmpty();
    }

    /** Stall B at (x, y) of w x d against A-01 at (0, 0) of 300 x 300. */
    @ParameterizedTest(name = "{0},{1} {2}x{3}")
    @CsvSource({"299, 0, 100, 100", "0, 299, 100, 100", "100, 100, 50, 50", "0, 0, 300, 300", "250, 250, 500, 500",
            "100, 0, 10, 800"})
    void test_of_overlap(int x, int y, int width, int depth) {
        Stall other = Stall.of("B-09", "tho-cam", StallCategory.GENERAL, width, depth, false, x, y);

        assertThatIllegalArgumentException().isThrownBy(() -> StallMap.of(1000, 800, ZONES, List.of(A1, other)))
                .withMessageMatching("stalls: stall (A-01|B-09) overlaps stall (A-01|B-09)");
    }

    /** A long stall far to the left overlaps one that starts after many others: the sweep must still see it. */
    @Test
    void test_of_overlapAcrossTheSweep() {
        List<Stall> stalls = new ArrayList<>();
        stalls.add(Stall.of("L-00", "am-thuc", StallCategory.GENERAL, 900, 10, false, 0, 500));
        for (int i = 1; i <= 8; i++) {
            stalls.add(Stall.of("S-0" + i, "am-thuc", StallCategory.GENERAL, 50, 50, false, i * 100, 0));
        }
        stalls.add(Stall.of("X-01", "am-thuc", StallCategory.GENERAL, 10, 10, false, 850, 505));

        assertThatIllegalArgumentException().isThrownBy(() -> StallMap.of(1000, 800, ZONES, stalls))
                .withMessage("stalls: stall X-01 overlaps stall L-00");
    }

    @ParameterizedTest(name = "{0},{1} {2}x{3}")
    @CsvSource({"701, 0, 300, 100", "0, 501, 100, 300", "999, 799, 2, 1", "0, 0, 1001, 1",
            "2147483000, 0, 2000, 1"})
    void test_of_outside(int x, int y, int width, int depth) {
        Stall outside = Stall.of("Z-1", "am-thuc", StallCategory.GENERAL, width, depth, false, x, y);

        assertThatIllegalArgumentException().isThrownBy(() -> StallMap.of(1000, 800, ZONES, List.of(outside)))
                .withMessage("stalls: stall Z-1 lies outside the map of 1000 x 800 cm");
    }

    @Test
    void test_of_duplicateCode() {
        Stall again = Stall.of("A-01", "tho-cam", StallCategory.GENERAL, 10, 10, false, 900, 700);

        assertThatIllegalArgumentException().isThrownBy(() -> StallMap.of(1000, 800, ZONES, List.of(A1, again)))
                .withMessage("stalls: two stalls have the code A-01");
    }

    @Test
    void test_of_duplicateZone() {
        List<Zone> zones = List.of(ZONES.get(0), Zone.of("am-thuc", LocalizedText.of("x", "y", "z")));

        assertThatIllegalArgumentException().isThrownBy(() -> StallMap.of(1000, 800, zones, List.of()))
                .withMessage("zones: two zones have the key 'am-thuc'");
    }

    @Test
    void test_of_unknownZone() {
        Stall lost = Stall.of("D-01", "dan-gian", StallCategory.GENERAL, 10, 10, false, 900, 700);

        assertThatIllegalArgumentException().isThrownBy(() -> StallMap.of(1000, 800, ZONES, List.of(lost)))
                .withMessage("stalls: stall D-01 is in the unknown zone 'dan-gian'");
    }

    @Test
    void test_of_badArguments() {
        assertThatIllegalArgumentException().isThrownBy(() -> StallMap.of(0, 800, ZONES, List.of()))
                .withMessage("widthCm must be positive: 0");
        assertThatIllegalArgumentException().isThrownBy(() -> StallMap.of(10, -1, ZONES, List.of()))
                .withMessage("depthCm must be positive: -1");
        assertThatNullPointerException().isThrownBy(() -> StallMap.of(10, 10, null, List.of()))
                .withMessage("zones is required");
        assertThatNullPointerException().isThrownBy(() -> StallMap.of(10, 10, ZONES, null))
                .withMessage("stalls is required");
    }
}
