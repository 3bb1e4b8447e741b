package org.festgate.web.province;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalTime;
import org.festgate.core.gate.BorderGate;
import org.festgate.core.gate.GateKind;
import org.festgate.core.gate.OpeningHours;
import org.festgate.core.place.GeoPoint;
import org.festgate.core.text.Provenance;
import org.festgate.web.platform.persistence.CommuneColumns;
import org.festgate.web.platform.persistence.EmbeddedText;

/** A border gate, opening or border market as stored; the persistent form of core-lib's {@link BorderGate}. */
@Entity
@Table(name = "border_gate")
@NamedQuery(name = "GateEntity.findAll", query = "SELECT g FROM GateEntity g ORDER BY g.key")
@NamedQuery(name = "GateEntity.findByKey", query = "SELECT g FROM GateEntity g WHERE g.key = :key")
public class GateEntity {

    @Id
    @SequenceGenerator(name = "border_gate_seq", sequenceName = "border_gate_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "border_gate_seq")
    private Long id;

    @Column(name = "gate_key", nullable = false, unique = true)
    private String key;

    @Embedded
    private EmbeddedText name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GateKind kind;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "vi", column = @Column(name = "partner_vi", nullable = true)),
            @AttributeOverride(name = "en", column = @Column(name = "partner_en", nullable = true)),
            @AttributeOverride(name = "zh", column = @Column(name = "partner_zh", nullable = true))})
    private EmbeddedText partner;

    @Embedded
    private CommuneColumns commune;

    private double latitude;

    private double longitude;

    private LocalTime opens;

    private LocalTime closes;

    @Column(nullable = false)
    private String source;

    private boolean sample;

    @Version
    private long version;

    protected GateEntity() {
    }

    GateEntity(BorderGate gate) {
        this.key = gate.key();
        update(gate);
    }

    /** Takes every value of the gate except its key. */
    void update(BorderGate gate) {
        this.name = EmbeddedText.of(gate.name());
        this.kind = gate.kind();
        this.partner = EmbeddedText.of(gate.partnerGate().orElse(null));
        this.commune = CommuneColumns.of(gate.commune());
        this.latitude = gate.location().latitude();
        this.longitude = gate.location().longitude();
        this.opens = gate.openingHours().opens();
        this.closes = gate.openingHours().closes();
        this.source = gate.provenance().source();
        this.sample = gate.provenance().sample();
    }

    public BorderGate toGate() {
        return BorderGate.of(key, name.toText(), kind, partner == null ? null : partner.toText(), commune.toCommune(),
                GeoPoint.of(latitude, longitude), OpeningHours.of(opens, closes), new Provenance(source, sample));
    }
}
