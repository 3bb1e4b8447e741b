package org.festgate.web.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.festgate.core.place.Commune;

/** A commune and the label of its former district, as two columns; the persistent form of {@link Commune}. */
@Embeddable
public class CommuneColumns {

    @Column(name = "commune", nullable = false)
    private String name;

    @Column(name = "former_district")
    private String formerDistrict;

    protected CommuneColumns() {
    }

    private CommuneColumns(Commune commune) {
        this.name = commune.name();
        this.formerDistrict = commune.formerDistrictLabel().orElse(null);
    }

    public static CommuneColumns of(Commune commune) {
        return new CommuneColumns(commune);
    }

    public Commune toCommune() {
        return formerDistrict == null ? Commune.of(name) : Commune.of(name, formerDistrict);
    }
}
