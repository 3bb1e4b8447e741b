package org.festgate.web.festival;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.festgate.core.event.EthnicGroup;
import org.festgate.core.event.Festival;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.core.schedule.Schedule;
import org.festgate.core.schedule.Session;
import org.festgate.core.text.Provenance;
import org.festgate.web.platform.persistence.EmbeddedText;

/**
 * A festival as stored: its schedule is kept as the rule's text form (a lunar rule stays a lunar rule, never a
 * Gregorian date), its ethnic groups by code, its sessions in order. Stored form of core-lib's {@link Festival}.
 */
@Entity
@Table(name = "festival")
@NamedQuery(name = "FestivalEntity.findByKey",
        query = "SELECT f FROM FestivalEntity f JOIN FETCH f.venue WHERE f.key = :key")
@NamedQuery(name = "FestivalEntity.findAll",
        query = "SELECT DISTINCT f FROM FestivalEntity f JOIN FETCH f.venue ORDER BY f.key")
public class FestivalEntity {

    /** One session of the festival, such as the opening ceremony. */
    @Embeddable
    public static class SessionColumns {
        @Column(name = "day_offset", nullable = false)
        private int dayOffset;

        @Column(name = "start_time", nullable = false)
        private LocalTime start;

        @Column(name = "end_time", nullable = false)
        private LocalTime end;

        @Embedded
        @AttributeOverrides({
                @AttributeOverride(name = "vi", column = @Column(name = "title_vi")),
                @AttributeOverride(name = "en", column = @Column(name = "title_en")),
                @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))})
        private EmbeddedText title;

        protected SessionColumns() {
        }

        SessionColumns(Session session) {
            this.dayOffset = session.dayOffset();
            this.start = session.start();
            this.end = session.end();
            this.title = EmbeddedText.of(session.title());
        }

        Session toSession() {
            return Session.of(dayOffset, start, end, title.toText());
        }
    }

    @Id
    @SequenceGenerator(name = "festival_seq", sequenceName = "festival_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "festival_seq")
    private Long id;

    @Column(name = "festival_key", nullable = false, unique = true)
    private String key;

    @Embedded
    private EmbeddedText name;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "vi", column = @Column(name = "description_vi")),
            @AttributeOverride(name = "en", column = @Column(name = "description_en")),
            @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))})
    private EmbeddedText description;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id")
    private VenueEntity venue;

    @Column(name = "schedule_rule", nullable = false)
    private String scheduleRule;

    @Column(name = "duration_days", nullable = false)
    private int durationDays;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "festival_ethnic_group", joinColumns = @JoinColumn(name = "festival_id"))
    @Column(name = "ethnic_group")
    private Set<String> ethnicGroups = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "festival_session", joinColumns = @JoinColumn(name = "festival_id"))
    @OrderColumn(name = "list_index")
    private List<SessionColumns> sessions = new ArrayList<>();

    @Column(nullable = false)
    private String source;

    private boolean sample;

    @Version
    private long version;

    protected FestivalEntity() {
    }

    FestivalEntity(Festival festival, VenueEntity venue) {
        this.key = festival.key();
        update(festival, venue);
    }

    /** Takes every value of the festival except its key. */
    void update(Festival festival, VenueEntity venue) {
        updateKeepingProvenance(festival, venue);
        this.source = festival.provenance().source();
        this.sample = festival.provenance().sample();
    }

    /**
     * Takes every value of the festival except its key and its provenance: an organizer's edit does not turn a
     * sourced record into an unsourced one, nor a sample into a fact (the audit log says who changed what).
     */
    void updateKeepingProvenance(Festival festival, VenueEntity venue) {
        this.name = EmbeddedText.of(festival.name());
        this.description = EmbeddedText.of(festival.description());
        this.venue = venue;
        this.scheduleRule = festival.schedule().rule().toString();
        this.durationDays = festival.schedule().durationDays();
        this.ethnicGroups.clear();
        festival.ethnicGroups().forEach(g -> ethnicGroups.add(g.code()));
        this.sessions.clear();
        festival.schedule().sessions().forEach(s -> sessions.add(new SessionColumns(s)));
    }

    public String key() {
        return key;
    }

    public VenueEntity venue() {
        return venue;
    }

    public Festival toFestival() {
        FestivalSchedule schedule = FestivalSchedule.of(Schedule.parse(scheduleRule), durationDays,
                sessions.stream().map(SessionColumns::toSession).toList());
        Set<EthnicGroup> groups = ethnicGroups.stream().map(EthnicGroup::fromCode).collect(Collectors.toSet());
        return Festival.of(key, name.toText(), groups, venue.key(), schedule, description.toText(),
                new Provenance(source, sample));
    }
}
