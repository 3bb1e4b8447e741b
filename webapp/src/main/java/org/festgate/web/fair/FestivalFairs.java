package org.festgate.web.fair;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.festgate.core.fair.Fair;
import org.festgate.core.fair.FairDay;
import org.festgate.web.festival.FestivalViews.Text;

/** The fairs of a festival in a year: a fair belongs to its festival by key, and to the year of its first day. */
@ApplicationScoped
public class FestivalFairs {

    /** A fair of a festival and its first day. */
    public record HeldFair(String key, Text name, LocalDate firstDay) {
    }

    @Inject
    private FairRepository repository;

    /** The fairs of a festival whose first day is in a year, by first day and key. */
    @Transactional
    public List<HeldFair> of(String festivalKey, int year) {
        return repository.fairsOf(festivalKey).stream().map(f -> held(f.toSpec().fair()))
                .filter(f -> f.firstDay().getYear() == year)
                .sorted(Comparator.comparing(HeldFair::firstDay).thenComparing(HeldFair::key)).toList();
    }

    private static HeldFair held(Fair fair) {
        LocalDate first = fair.days().stream().map(FairDay::date).min(Comparator.naturalOrder()).orElseThrow();
        return new HeldFair(fair.key(), Text.of(fair.name()), first);
    }
}
