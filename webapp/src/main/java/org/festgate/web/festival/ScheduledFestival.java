package org.festgate.web.festival;

import java.util.List;
import java.util.Objects;
import org.festgate.core.event.Festival;
import org.festgate.core.event.Venue;
import org.festgate.core.schedule.Occurrence;

/**
 * A festival with its venue and its occurrences in the period that was asked for.
 *
 * @param festival the festival
 * @param venue where it is held
 * @param occurrences its occurrences in the period, in order
 */
public record ScheduledFestival(Festival festival, Venue venue, List<Occurrence> occurrences) {

    public ScheduledFestival {
        Objects.requireNonNull(festival, "festival is required");
        Objects.requireNonNull(venue, "venue is required");
        occurrences = List.copyOf(occurrences);
    }
}
