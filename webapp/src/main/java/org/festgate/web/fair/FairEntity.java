package org.festgate.web.fair;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.festgate.core.fair.Fair;
import org.festgate.core.fair.FairDay;
import org.festgate.core.fair.FeeSchedule;
import org.festgate.core.fair.Stall;
import org.festgate.core.fair.StallCategory;
import org.festgate.core.fair.StallMap;
import org.festgate.core.fair.Zone;
import org.festgate.web.platform.persistence.EmbeddedText;

/**
 * A fair as stored: core-lib's {@link Fair} (days, zones, stalls) with the fee rates and category quotas the
 * organizer set, identified by its key. Stalls are named by their code within the fair; bookings refer to them
 * by that code.
 */
@Entity
@Table(name = "fair")
@NamedQuery(name = "FairEntity.byKey", query = "SELECT f FROM FairEntity f WHERE f.key = :key")
@NamedQuery(name = "FairEntity.idByKey", query = "SELECT f.id FROM FairEntity f WHERE f.key = :key")
@NamedQuery(name = "FairEntity.ofFestival",
        query = "SELECT f FROM FairEntity f WHERE f.festivalKey = :festival ORDER BY f.key")
@NamedQuery(name = "FairEntity.byKeys", query = "SELECT f FROM FairEntity f WHERE f.key IN :keys ORDER BY f.key")
@NamedQuery(name = "FairEntity.all", query = "SELECT f FROM FairEntity f ORDER BY f.key")
public class FairEntity {

    /** One day of the fair with its opening hours. */
    @Embeddable
    public static class DayColumns {
        @Column(name = "fair_date", nullable = false)
        private LocalDate date;

        @Column(nullable = false)
        private LocalTime opens;

        @Column(nullable = false)
        private LocalTime closes;

        protected DayColumns() {
        }

        DayColumns(FairDay day) {
            this.date = day.date();
            this.opens = day.opens();
            this.closes = day.closes();
        }

        FairDay toDay() {
            return new FairDay(date, opens, closes);
        }
    }

    /** One zone of the stall map. */
    @Embeddable
    public static class ZoneColumns {
        @Column(name = "zone_key", nullable = false)
        private String key;

        @Embedded
        private EmbeddedText name;

        protected ZoneColumns() {
        }

        ZoneColumns(Zone zone) {
            this.key = zone.key();
            this.name = EmbeddedText.of(zone.name());
        }

        Zone toZone() {
            return new Zone(key, name.toText());
        }
    }

    /** One stall of the map: its code, zone, category, size, power and position in centimetres. */
    @Embeddable
    public static class StallColumns {
        @Column(name = "stall_code", nullable = false)
        private String code;

        @Column(name = "zone_key", nullable = false)
        private String zoneKey;

        @Column(nullable = false)
        private String category;

        @Column(name = "width_cm")
        private int widthCm;

        @Column(name = "depth_cm")
        private int depthCm;

        @Column(name = "has_power")
        private boolean power;

        @Column(name = "x_cm")
        private int x;

        @Column(name = "y_cm")
        private int y;

        protected StallColumns() {
        }

        StallColumns(Stall stall) {
            this.code = stall.code();
            this.zoneKey = stall.zoneKey();
            this.category = stall.category().name();
            this.widthCm = stall.widthCm();
            this.depthCm = stall.depthCm();
            this.power = stall.power();
            this.x = stall.x();
            this.y = stall.y();
        }

        Stall toStall() {
            return Stall.of(code, zoneKey, StallCategory.valueOf(category), widthCm, depthCm, power, x, y);
        }
    }

    @Id
    @SequenceGenerator(name = "fair_seq", sequenceName = "fair_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fair_seq")
    private Long id;

    @Column(name = "fair_key", nullable = false, unique = true)
    private String key;

    @Embedded
    private EmbeddedText name;

    @Column(name = "festival_key")
    private String festivalKey;

    @Column(name = "venue_key", nullable = false)
    private String venueKey;

    @Column(name = "map_width_cm")
    private int mapWidthCm;

    @Column(name = "map_depth_cm")
    private int mapDepthCm;

    @Column(name = "power_vnd_per_day")
    private long powerVndPerDay;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fair_day", joinColumns = @JoinColumn(name = "fair_id"))
    @OrderColumn(name = "list_index")
    private List<DayColumns> days = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fair_zone", joinColumns = @JoinColumn(name = "fair_id"))
    @OrderColumn(name = "list_index")
    private List<ZoneColumns> zones = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fair_stall", joinColumns = @JoinColumn(name = "fair_id"))
    @OrderColumn(name = "list_index")
    private List<StallColumns> stalls = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fair_fee_rate", joinColumns = @JoinColumn(name = "fair_id"))
    @MapKeyColumn(name = "category")
    @Column(name = "vnd_per_m2_day")
    private Map<String, Long> feeRates = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fair_quota", joinColumns = @JoinColumn(name = "fair_id"))
    @MapKeyColumn(name = "category")
    @Column(name = "max_stalls")
    private Map<String, Integer> quotas = new HashMap<>();

    @Version
    private long version;

    protected FairEntity() {
    }

    FairEntity(FairSpec spec, Instant createdAt) {
        this.key = spec.fair().key();
        this.createdAt = createdAt;
        update(spec);
    }

    /** Takes every value of the spec except the key. */
    void update(FairSpec spec) {
        Fair fair = spec.fair();
        this.name = EmbeddedText.of(fair.name());
        this.festivalKey = fair.festivalKey().orElse(null);
        this.venueKey = fair.venueKey();
        this.mapWidthCm = fair.map().widthCm();
        this.mapDepthCm = fair.map().depthCm();
        this.powerVndPerDay = spec.fees().powerVndPerDay();
        this.days.clear();
        fair.days().forEach(d -> days.add(new DayColumns(d)));
        this.zones.clear();
        fair.map().zones().forEach(z -> zones.add(new ZoneColumns(z)));
        this.stalls.clear();
        fair.map().stalls().forEach(s -> stalls.add(new StallColumns(s)));
        this.feeRates.clear();
        for (StallCategory category : StallCategory.values()) {
            feeRates.put(category.name(), spec.fees().vndPerSquareMetrePerDay(category));
        }
        this.quotas.clear();
        spec.quotas().forEach((category, quota) -> quotas.put(category.name(), quota));
    }

    long id() {
        return id;
    }

    String key() {
        return key;
    }

    /** The fair with its map, fee rates and quotas as core-lib values. */
    FairSpec toSpec() {
        Fair fair = Fair.of(key, name.toText(), festivalKey, venueKey,
                days.stream().map(DayColumns::toDay).toList(),
                StallMap.of(mapWidthCm, mapDepthCm, zones.stream().map(ZoneColumns::toZone).toList(),
                        stalls.stream().map(StallColumns::toStall).toList()));
        return new FairSpec(fair, FeeSchedule.of(byCategory(feeRates), powerVndPerDay), byCategory(quotas));
    }

    private static <V> Map<StallCategory, V> byCategory(Map<String, V> values) {
        Map<StallCategory, V> result = new EnumMap<>(StallCategory.class);
        values.forEach((category, value) -> result.put(StallCategory.valueOf(category), value));
        return result;
    }
}
