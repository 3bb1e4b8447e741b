package org.festgate.core.fair;

import org.festgate.core.text.LocalizedText;

/**
 * Why the allocation left an approved application without a stall.
 * <p>
 * Each left-out application has exactly one reason. {@link StallAllocator} checks them in the order that does not
 * depend on other vendors first: {@link #NOT_A_FAIR_DAY}, {@link #NO_STALL_OF_CATEGORY},
 * {@link #NO_STALL_WITH_POWER}, then {@link #QUOTA_FULL} and last {@link #NO_FREE_STALL}, and gives the first that
 * applies.
 */
public enum LeftOutReason {
    /** On a day applied for, the category already has as many stalls as its quota allows. */
    QUOTA_FULL("Ngành hàng đã đủ số gian hàng cho phép", "The category's quota of stalls is full",
            "该类别的摊位配额已满"),
    /** The map has no stall that takes the application's category. */
    NO_STALL_OF_CATEGORY("Không có gian hàng dành cho ngành hàng này", "No stall takes this category",
            "没有接受此类别的摊位"),
    /** The map has stalls for the category, but none of them has the power supply the vendor needs. */
    NO_STALL_WITH_POWER("Không có gian hàng có điện dành cho ngành hàng này",
            "No stall with power takes this category", "没有接受此类别的带电摊位"),
    /** Stalls that fit exist, but none is free on all the days applied for. */
    NO_FREE_STALL("Không còn gian hàng phù hợp trống trong các ngày đã đăng ký",
            "No fitting stall is free on all the days applied for", "所申请的日期没有空闲的合适摊位"),
    /** The application asks for a day on which the fair is not held. */
    NOT_A_FAIR_DAY("Hội chợ không diễn ra vào ngày đã đăng ký", "The fair is not held on a day applied for",
            "博览会在所申请的某一天不举办");

    private final LocalizedText label;

    LeftOutReason(String vi, String en, String zh) {
        this.label = LocalizedText.of(vi, en, zh);
    }

    /**
     * Gets the label of the reason in the three languages.
     *
     * @return the label, not null
     */
    public LocalizedText label() {
        return label;
    }
}
