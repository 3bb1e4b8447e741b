package org.festgate.web.festival;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.festgate.core.event.Entrance;
import org.festgate.core.event.Venue;
import org.festgate.core.place.GeoPoint;
import org.festgate.core.text.Provenance;
import org.festgate.web.platform.persistence.CommuneColumns;
import org.festgate.web.platform.persistence.EmbeddedText;

/** A festival ground with its entrances; stored form of core-lib's {@link Venue}, identified by its key. */
@Entity
@Table(name = "venue")
@NamedQuery(name = "VenueEntity.findByKey", query = "SELECT v FROM VenueEntity v WHERE v.key = :key")
@NamedQuery(name = "VenueEntity.findAll", query = "SELECT v FROM VenueEntity v ORDER BY v.key")
public class VenueEntity {

    /** One entrance of the venue. */
    @Embeddable
    public static class EntranceColumns {
        @Column(name = "entrance_key", nullable = false)
        private String key;

        @Embedded
        private EmbeddedText name;

        protected EntranceColumns() {
        }

        EntranceColumns(Entrance entrance) {
            this.key = entrance.key();
            this.name = EmbeddedText.of(entrance.name());
        }

        Entrance toEntrance() {
            return Entrance.of(key, name.toText());
        }
    }

    @Id
    @SequenceGenerator(name = "venue_seq", sequenceName = "venue_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "venue_seq")
    private Long id;

    @Column(name = "venue_key", nullable = false, unique = true)
    private String key;

    @Embedded
    private EmbeddedText name;

    @Embedded
    private CommuneColumns commune;

    private double latitude;

    private double longitude;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "venue_entrance", joinColumns = @JoinColumn(name = "venue_id"))
    @OrderColumn(name = "list_index")
    private List<EntranceColumns> entrances = new ArrayList<>();

    @Column(nullable = false)
    private String source;

    private boolean sample;

    @Version
    private long version;

    protected VenueEntity() {
    }

    VenueEntity(Venue venue) {
        this.key = venue.key();
        update(venue);
    }

    /** Takes every value of the venue except its key. */
    void update(Venue venue) {
        this.name = EmbeddedText.of(venue.name());
        this.commune = CommuneColumns.of(venue.commune());
        this.latitude = venue.location().latitude();
        this.longitude = venue.location().longitude();
        this.entrances.clear();
        venue.entrances().forEach(e -> entrances.add(new EntranceColumns(e)));
        this.source = venue.provenance().source();
        this.sample = venue.provenance().sample();
    }

    public String key() {
        return key;
    }

    public Venue toVenue() {
        return Venue.of(key, name.toText(), commune.toCommune(), GeoPoint.of(latitude, longitude),
                entrances.stream().map(EntranceColumns::toEntrance).toList(),
                new Provenance(source, sample));
    }
}
