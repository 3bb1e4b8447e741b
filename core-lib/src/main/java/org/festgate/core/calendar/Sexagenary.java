package org.festgate.core.calendar;

/**
 * Vietnamese names of the sexagenary cycle (Can Chi): the ten heavenly stems and the twelve earthly
 * branches, spelt as used in Vietnam (Tỵ, Mão).
 */
final class Sexagenary {

    private static final String[] STEMS = {
        "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"
    };

    private static final String[] BRANCHES = {
        "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"
    };

    private Sexagenary() {
    }

    /** Name of the lunar year: stem {@code (y + 6) mod 10}, branch {@code (y + 8) mod 12}. */
    static String ofYear(int lunarYear) {
        return name(lunarYear + 6L, lunarYear + 8L);
    }

    /**
     * Name of a lunar month: branch Dần for month 1, stem of month 1 determined by the year stem
     * ({@code (12 y + m + 3) mod 10}).
     */
    static String ofMonth(int lunarYear, int month) {
        return name(12L * lunarYear + month + 3, month + 1L);
    }

    /** Name of a civil day from its Julian Day Number: stem {@code (JDN + 9) mod 10}, branch {@code (JDN + 1) mod 12}. */
    static String ofDay(long jdn) {
        return name(jdn + 9, jdn + 1);
    }

    private static String name(long stem, long branch) {
        return STEMS[(int) Math.floorMod(stem, 10L)] + " " + BRANCHES[(int) Math.floorMod(branch, 12L)];
    }
}
