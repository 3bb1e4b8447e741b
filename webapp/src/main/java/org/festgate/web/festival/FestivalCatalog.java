package org.festgate.web.festival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.festgate.core.event.Festival;
import org.festgate.core.event.Venue;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.platform.persistence.DataVersions;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * The festival calendar: finds festivals and their occurrences (in a {@link FestivalSnapshots snapshot} that
 * is as fresh as the database), and keeps the festivals that organizers create, change and remove. Each change
 * is audited and first raises the shared data version, whose row lock also puts concurrent festival writers,
 * on any instance, one after the other. Venues and festivals from the province's data set are
 * stored through {@link #storeVenue} and {@link #storeFestival}.
 */
@ApplicationScoped
public class FestivalCatalog {

    @Inject
    private FestivalRepository repository;

    @Inject
    private AuditTrail audit;

    @Inject
    private FestivalSnapshots snapshots;

    @Inject
    private DataVersions versions;

    /** The festivals and venues as committed now; a request reads everything it answers from one snapshot. */
    public FestivalSnapshots.Snapshot snapshot() {
        return snapshots.current();
    }

    /** Adds a festival; its key must be new. */
    @Transactional
    public Festival create(Festival festival, String actor) {
        versions.raise(FestivalSnapshots.DATA);
        if (repository.find(festival.key()).isPresent()) {
            throw new ProblemException(Problem.conflict("key", "a festival with key '" + festival.key()
                    + "' exists already"));
        }
        repository.store(new FestivalEntity(festival, venueOf(festival)));
        audit.record(actor, "festival.created", "festival:" + festival.key(), festival.schedule().rule().toString());
        return festival;
    }

    /** Replaces every value of an existing festival but its key. */
    @Transactional
    public Festival update(Festival festival, String actor) {
        versions.raise(FestivalSnapshots.DATA);
        FestivalEntity entity = existing(festival.key());
        entity.updateKeepingProvenance(festival, venueOf(festival));
        audit.record(actor, "festival.updated", "festival:" + festival.key(), festival.schedule().rule().toString());
        return festival;
    }

    @Transactional
    public void delete(String key, String actor) {
        versions.raise(FestivalSnapshots.DATA);
        repository.remove(existing(key));
        audit.record(actor, "festival.deleted", "festival:" + key, null);
    }

    /**
     * Adds the venues and festivals of a data set, or updates those with the same keys, within the caller's
     * transaction. Festivals must name venues that exist or are among the given ones.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeAll(List<Venue> venues, List<Festival> festivals) {
        versions.raise(FestivalSnapshots.DATA);
        for (Venue venue : venues) {
            repository.findVenue(venue.key()).ifPresentOrElse(v -> v.update(venue),
                    () -> repository.store(new VenueEntity(venue)));
        }
        for (Festival festival : festivals) {
            VenueEntity venue = venueOf(festival);
            repository.find(festival.key()).ifPresentOrElse(f -> f.update(festival, venue),
                    () -> repository.store(new FestivalEntity(festival, venue)));
        }
    }

    private FestivalEntity existing(String key) {
        return repository.find(key).orElseThrow(() -> new ProblemException(Problem.notFound("festival", key)));
    }

    private VenueEntity venueOf(Festival festival) {
        return repository.findVenue(festival.venueKey()).orElseThrow(() -> new ProblemException(
                Problem.invalidField("venueKey", "no venue with key '" + festival.venueKey() + "'")));
    }

}
