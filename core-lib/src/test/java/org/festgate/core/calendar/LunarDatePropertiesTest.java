package org.festgate.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** Properties over random dates of the supported range. */
class LunarDatePropertiesTest {

    private static final long FIRST = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long LAST = LocalDate.of(2199, 12, 31).toEpochDay();

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(FIRST, LAST).map(LocalDate::ofEpochDay);
    }

    @Property(tries = 2000)
    void fromThenToLocalDateIsIdentity(@ForAll("dates") LocalDate date) {
        assertThat(LunarDate.from(date).toLocalDate()).isEqualTo(date);
    }

    @Property(tries = 2000)
    void toStringThenParseIsIdentity(@ForAll("dates") LocalDate date) {
        LunarDate lunar = LunarDate.from(date);
        assertThat(LunarDate.parse(lunar.toString())).isEqualTo(lunar);
    }

    @Property(tries = 2000)
    void ofRebuildsTheSameDate(@ForAll("dates") LocalDate date) {
        LunarDate lunar = LunarDate.from(date);
        assertThat(LunarDate.of(lunar.year(), lunar.month(), lunar.day(), lunar.isLeapMonth())).isEqualTo(lunar);
    }

    @Property(tries = 2000)
    void plusDaysAgreesWithLocalDate(@ForAll("dates") LocalDate date, @ForAll @LongRange(min = -400, max = 400) long days) {
        LocalDate target = date.plusDays(days);
        if (target.toEpochDay() < FIRST || target.toEpochDay() > LAST) {
            return;
        }
        assertThat(LunarDate.from(date).plusDays(days)).isEqualTo(LunarDate.from(target));
    }

    @Property(tries = 2000)
    void orderAgreesWithGregorianOrder(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b) {
        assertThat(Integer.signum(LunarDate.from(a).compareTo(LunarDate.from(b))))
                .isEqualTo(Integer.signum(a.compareTo(b)));
    }
}
