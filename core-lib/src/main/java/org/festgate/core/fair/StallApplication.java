package org.festgate.core.fair;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;

/**
 * What the stall allocation needs to know of a vendor's application: the category of its goods, the days it
 * applies for, whether it needs power, the stalls it prefers and when it was submitted.
 * <p>
 * Two applications are equal when all their fields are equal. This class is immutable and thread-safe.
 */
public final class StallApplication {

    private final long applicationId;
    private final long vendorId;
    private final StallCategory category;
    private final SortedSet<LocalDate> days;
    private final boolean needsPower;
    private final List<String> preferredStalls;
    private final Instant submittedAt;

    private StallApplication(long applicationId, long vendorId, StallCategory category, Set<LocalDate> days,
            boolean needsPower, List<String> preferredStalls, Instant submittedAt) {
        FairChecks.requirePositive(applicationId, "applicationId");
        FairChecks.requirePositive(vendorId, "vendorId");
        this.applicationId = applicationId;
        this.vendorId = vendorId;
        this.category = Objects.requireNonNull(category, "category is required");
        this.days = FairChecks.days(days, "days");
        this.needsPower = needsPower;
        this.preferredStalls = preferences(preferredStalls);
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt is required");
    }

    /**
     * Obtains an application.
     *
     * @param applicationId   the id of the application, positive
     * @param vendorId        the id of the vendor, positive
     * @param category        the category of the goods, not null
     * @param days            the days applied for, at least one, not null
     * @param needsPower      whether the vendor needs a power supply
     * @param preferredStalls the codes of the stalls the vendor prefers, best first, each once, possibly empty,
     *                        not null
     * @param submittedAt     when the application was submitted; earlier applications are served first, not null
     * @return the application, not null
     * @throws NullPointerException     if a required argument, a day or a code is null
     * @throws IllegalArgumentException if an id is not positive, there is no day, or a code is malformed or comes
     *                                  twice
     */
    public static StallApplication of(long applicationId, long vendorId, StallCategory category,
            Set<LocalDate> days, boolean needsPower, List<String> preferredStalls, Instant submittedAt) {
        return new StallApplication(applicationId, vendorId, category, days, needsPower, preferredStalls,
                submittedAt);
    }

    /**
     * Gets the id of the application.
     *
     * @return the id, positive
     */
    public long applicationId() {
        return applicationId;
    }

    /**
     * Gets the id of the vendor.
     *
     * @return the id, positive
     */
    public long vendorId() {
        return vendorId;
    }

    /**
     * Gets the category of the goods.
     *
     * @return the category, not null
     */
    public StallCategory category() {
        return category;
    }

    /**
     * Gets the days applied for.
     *
     * @return the days in ascending order, at least one, unmodifiable, not null
     */
    public Set<LocalDate> days() {
        return days;
    }

    /**
     * Tells whether the vendor needs a power supply.
     *
     * @return true if it needs power
     */
    public boolean needsPower() {
        return needsPower;
    }

    /**
     * Gets the codes of the preferred stalls.
     *
     * @return the codes, best first, unmodifiable, possibly empty, not null
     */
    public List<String> preferredStalls() {
        return preferredStalls;
    }

    /**
     * Gets when the application was submitted.
     *
     * @return the instant, not null
     */
    public Instant submittedAt() {
        return submittedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StallApplication that
                && applicationId == that.applicationId
                && vendorId == that.vendorId
                && category == that.category
                && days.equals(that.days)
                && needsPower == that.needsPower
                && preferredStalls.equals(that.preferredStalls)
                && submittedAt.equals(that.submittedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(applicationId, vendorId, category, days, needsPower, preferredStalls, submittedAt);
    }

    /**
     * Gives the ids, the category and the days, such as
     * {@code StallApplication[7 of vendor 3, CUISINE, [2026-02-20, 2026-02-21], power]}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "StallApplication[" + applicationId + " of vendor " + vendorId + ", " + category + ", " + days
                + (needsPower ? ", power" : "") + "]";
    }

    private static List<String> preferences(List<String> codes) {
        Objects.requireNonNull(codes, "preferredStalls is required");
        List<String> copy = new ArrayList<>(codes.size());
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            FairChecks.stallCode(code, "preferredStalls");
            if (!seen.add(code)) {
                throw new IllegalArgumentException("preferredStalls: the stall " + code + " comes twice");
            }
            copy.add(code);
        }
        return List.copyOf(copy);
    }
}
