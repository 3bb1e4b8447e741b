package org.festgate.core.schedule;

/**
 * What a lunar yearly rule does in a lunar year whose leap month repeats the rule's month.
 * <p>
 * In a year with a leap 5th month, a festival on 5/5 is by custom held in the regular 5th month only; a few
 * monthly rites are repeated in the leap month too.
 */
public enum LeapMonthPolicy {
    /** Held in the regular month only; the default. Text form {@code regular}. */
    REGULAR_MONTH_ONLY("regular"),
    /** Held in the regular month and again in the leap month. Text form {@code both}. */
    BOTH_MONTHS("both");

    private final String code;

    LeapMonthPolicy(String code) {
        this.code = code;
    }

    /**
     * Gets the text form used in {@code leap=} options of the schedule text.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }
}
