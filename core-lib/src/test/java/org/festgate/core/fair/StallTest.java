package org.festgate.core.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StallTest {

    private static final Stall A1 = Stall.of("A-01", "am-thuc", StallCategory.CUISINE, 300, 250, true, 10, 20);

    @Test
    void test_of_accessors() {
        assertThat(A1.code()).isEqualTo("A-01");
        assertThat(A1.zoneKey()).isEqualTo("am-thuc");
        assertThat(A1.category()).isEqualTo(StallCategory.CUISINE);
        assertThat(A1.widthCm()).isEqualTo(300);
        assertThat(A1.depthCm()).isEqualTo(250);
        assertThat(A1.power()).isTrue();
        assertThat(A1.x()).isEqualTo(10);
        assertThat(A1.y()).isEqualTo(20);
        assertThat(A1.areaCm2()).isEqualTo(75_000);
        assertThat(A1).hasToString("Stall[A-01, am-thuc, CUISINE, 300x250 cm, power, at 10,20]");
    }

    @Test
    void test_areaCm2_beyondInt() {
        assertThat(Stall.of("B", "z", StallCategory.GENERAL, 100_000, 100_000, false, 0, 0).areaCm2())
                .isEqualTo(10_000_000_000L);
    }

    @Test
    void test_equals() {
        assertThat(A1).isEqualTo(Stall.of("A-01", "am-thuc", StallCategory.CUISINE, 300, 250, true, 10, 20))
                .hasSameHashCodeAs(Stall.of("A-01", "am-thuc", StallCategory.CUISINE, 300, 250, true, 10, 20))
                .isNotEqualTo(Stall.of("A-01", "am-thuc", StallCategory.CUISINE, 300, 250, false, 10, 20))
                .isNotEqualTo(Stall.of("A-01", "am-thuc", StallCategory.CUISINE, 300, 250, true, 10, 21));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A-01", "1", "b2", "ZONE-A-0001-XYZW", "A--1"})
    void test_of_goodCodes(String code) {
        assertThat(Stall.of(code, "z", StallCategory.GENERAL, 1, 1, false, 0, 0).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-A", "A 01", "A_01", "ZONE-A-0001-XYZWV", "Ă-01", "A/1"})
    void test_of_badCodes(String code) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Stall.of(code, "z", StallCategory.GENERAL, 1, 1, false, 0, 0))
                .withMessageStartingWith("code must be 1 to 16 letters, digits and hyphens");
    }

    @Test
    void test_of_badArguments() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Stall.of("A", "z", StallCategory.GENERAL, 0, 1, false, 0, 0))
                .withMessage("widthCm must be positive: 0");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Stall.of("A", "z", StallCategory.GENERAL, 1, -2, false, 0, 0))
                .withMessage("depthCm must be positive: -2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Stall.of("A", "z", StallCategory.GENERAL, 1, 1, false, -1, 0))
                .withMessage("x must not be negative: -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Stall.of("A", "z", StallCategory.GENERAL, 1, 1, false, 0, -1))
                .withMessage("y must not be negative: -1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Stall.of("A", "Zone", StallCategory.GENERAL, 1, 1, false, 0, 0))
                .withMessageStartingWith("zoneKey must match");
        assertThatNullPointerException()
                .isThrownBy(() -> Stall.of("A", "z", null, 1, 1, false, 0, 0))
                .withMessage("category is required");
        assertThatNullPointerException()
                .isThrownBy(() -> Stall.of(null, "z", StallCategory.GENERAL, 1, 1, false, 0, 0))
                .withMessage("code is required");
    }

    @Test
    void test_category_accepts() {
        for (StallCategory stall : StallCategory.values()) {
            for (StallCategory goods : StallCategory.values()) {
                assertThat(stall.accepts(goods)).as("%s stall, %s goods", stall, goods)
                        .isEqualTo(stall == StallCategory.GENERAL || stall == goods);
            }
            assertThat(stall.label().en()).isNotBlank();
        }
        assertThat(StallCategory.CRAFTS_AND_BROCADE.label().vi()).isEqualTo("Thủ công mỹ nghệ và thổ cẩm");
    }
}
