package org.festgate.web.fair;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.festgate.core.fair.StallCategory;
import org.festgate.web.festival.FestivalViews.Text;

/**
 * How full a fair's stalls are: booked stall-days against the stall-days the map offers (every stall on every
 * day of the fair), in total and per stall category, counted by the database.
 */
@ApplicationScoped
public class StallDays {

    /** The stall-days of one category and how many of them are booked. */
    public record CategoryOccupancy(String category, Text label, long stallDays, long booked) {
    }

    /** A fair's occupancy in total and per category. */
    public record Occupancy(String fairKey, long stallDays, long booked, List<CategoryOccupancy> byCategory) {
    }

    @Inject
    private FairCatalog catalog;

    @Inject
    private FairRepository repository;

    /** @throws org.festgate.web.platform.problem.ProblemException 404 if there is no such fair */
    @Transactional
    public Occupancy of(String fairKey) {
        long fairId = catalog.fairId(fairKey);
        Map<String, Long> booked = repository.bookedStallDaysPerCategory(fairId).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        List<CategoryOccupancy> categories = repository.stallDaysPerCategory(fairId).stream()
                .map(row -> occupancy((String) row[0], ((Number) row[1]).longValue(), booked)).toList();
        return new Occupancy(fairKey, categories.stream().mapToLong(CategoryOccupancy::stallDays).sum(),
                categories.stream().mapToLong(CategoryOccupancy::booked).sum(), categories);
    }

    private static CategoryOccupancy occupancy(String category, long stallDays, Map<String, Long> booked) {
        return new CategoryOccupancy(category, Text.of(StallCategory.valueOf(category).label()), stallDays,
                booked.getOrDefault(category, 0L));
    }
}
