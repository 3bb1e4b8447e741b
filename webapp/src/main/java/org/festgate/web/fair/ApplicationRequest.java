package org.festgate.web.fair;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.festgate.core.fair.StallCategory;

/**
 * What a vendor asks for in a stall application, already parsed.
 *
 * @param category the category of what it sells, not null
 * @param days the fair days it wants a stall on, not empty
 * @param needsPower whether its stall needs power
 * @param preferredStalls up to three stall codes it prefers, in order
 * @param productKeys the keys of the products of its catalogue it will sell
 */
public record ApplicationRequest(StallCategory category, Set<LocalDate> days, boolean needsPower,
                                 List<String> preferredStalls, Set<String> productKeys) {

    public ApplicationRequest {
        Objects.requireNonNull(category, "category is required");
        days = Set.copyOf(days);
        preferredStalls = List.copyOf(preferredStalls);
        productKeys = Set.copyOf(productKeys);
    }
}
