package org.festgate.web.fair;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.festgate.core.event.Venue;
import org.festgate.core.fair.Fair;
import org.festgate.web.fair.FairViews.FairSummary;
import org.festgate.web.fair.FairViews.FairView;
import org.festgate.web.festival.FestivalCatalog;
import org.festgate.web.festival.FestivalSnapshots;
import org.festgate.web.festival.FestivalViews.Text;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * The fairs: organizers create and change them, anyone reads them. A fair names its venue and, unless it stands
 * alone, its festival by key; both are looked up in the festival catalog. A change of a fair waits for the
 * fair's row lock, like every change of its stalls, and may not take away a stall or a day that is booked.
 */
@ApplicationScoped
public class FairCatalog {

    @Inject
    private FairRepository repository;

    @Inject
    private FestivalCatalog festivals;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Transactional
    public FairView create(FairSpec spec, String actor) {
        Fair fair = spec.fair();
        if (repository.fair(fair.key()).isPresent()) {
            throw new ProblemException(Problem.conflict("key", "a fair with key '" + fair.key() + "' exists already"));
        }
        checkPlace(fair);
        repository.store(new FairEntity(spec, clock.instant()));
        audit.record(actor, "fair.created", "fair:" + fair.key(), fair.days().size() + " day(s), "
                + fair.map().stalls().size() + " stall(s)");
        return view(spec);
    }

    /** Replaces every value of a fair but its key; stalls and days that are booked must stay. */
    @Transactional
    public FairView update(String key, FairSpec spec, String actor) {
        FairEntity entity = existing(key);
        repository.lock(entity);
        Fair fair = spec.fair();
        for (StallBookingEntity booking : repository.bookingsOf(entity.id())) {
            if (fair.map().stall(booking.stallCode()).isEmpty() || !fair.isOn(booking.date())) {
                throw new ProblemException(Problem.conflict("map", "stall " + booking.stallCode() + " is booked on "
                        + booking.date() + " by application " + booking.applicationId()
                        + ": that stall and day must stay"));
            }
        }
        checkPlace(fair);
        entity.update(spec);
        audit.record(actor, "fair.updated", "fair:" + key, fair.days().size() + " day(s), "
                + fair.map().stalls().size() + " stall(s)");
        return view(spec);
    }

    @Transactional
    public FairView fair(String key) {
        return view(existing(key).toSpec());
    }

    /** Every fair, by key. */
    @Transactional
    public List<FairSummary> fairs() {
        FestivalSnapshots.Snapshot snapshot = festivals.snapshot();
        return repository.fairs().stream().map(f -> f.toSpec().fair())
                .map(f -> FairViews.summary(f, venueName(snapshot, f.venueKey()))).toList();
    }

    /** The id of the fair with this key. */
    @Transactional
    public long fairId(String key) {
        return repository.fairId(key).orElseThrow(() -> new ProblemException(Problem.notFound("fair", key)));
    }

    /** The stored fair with this key. */
    FairEntity existing(String key) {
        return repository.fair(key).orElseThrow(() -> new ProblemException(Problem.notFound("fair", key)));
    }

    /** Refuses a fair whose venue or festival does not exist. */
    private void checkPlace(Fair fair) {
        FestivalSnapshots.Snapshot snapshot = festivals.snapshot();
        if (!snapshot.venues().containsKey(fair.venueKey())) {
            throw new ProblemException(Problem.invalidField("venueKey", "no venue with key '" + fair.venueKey()
                    + "'"));
        }
        if (fair.festivalKey().isPresent() && festivalName(snapshot, fair) == null) {
            throw new ProblemException(Problem.invalidField("festivalKey", "no festival with key '"
                    + fair.festivalKey().get() + "'"));
        }
    }

    private FairView view(FairSpec spec) {
        FestivalSnapshots.Snapshot snapshot = festivals.snapshot();
        Fair fair = spec.fair();
        return FairViews.view(spec, festivalName(snapshot, fair), venueName(snapshot, fair.venueKey()));
    }

    private static Text festivalName(FestivalSnapshots.Snapshot snapshot, Fair fair) {
        LocalDate first = fair.days().get(0).date();
        return fair.festivalKey().flatMap(key -> snapshot.find(key, first, first))
                .map(s -> Text.of(s.festival().name())).orElse(null);
    }

    private static Text venueName(FestivalSnapshots.Snapshot snapshot, String venueKey) {
        return Optional.ofNullable(snapshot.venues().get(venueKey)).map(Venue::name).map(Text::of).orElse(null);
    }
}
