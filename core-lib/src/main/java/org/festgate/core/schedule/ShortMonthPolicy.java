package org.festgate.core.schedule;

/**
 * What a lunar yearly rule on day 30 does in a lunar month of 29 days.
 */
public enum ShortMonthPolicy {
    /** Held on the last day of the month, day 29; the default. Text form {@code last-day}. */
    LAST_DAY("last-day"),
    /** Not held that month, so a year may have no occurrence. Text form {@code skip}. */
    SKIP("skip");

    private final String code;

    ShortMonthPolicy(String code) {
        this.code = code;
    }

    /**
     * Gets the text form used in {@code short=} options of the schedule text.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }
}
