package org.festgate.web.vendor;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A {@link PartialText} as three columns, {@code name_vi}, {@code name_en} and {@code name_zh} unless an entity
 * names others with {@code @AttributeOverride}; the English and Chinese columns may be null.
 */
@Embeddable
public class PartialTextColumns {

    @Column(name = "name_vi")
    private String vi;

    @Column(name = "name_en")
    private String en;

    @Column(name = "name_zh")
    private String zh;

    protected PartialTextColumns() {
    }

    private PartialTextColumns(PartialText text) {
        this.vi = text.vi();
        this.en = text.en();
        this.zh = text.zh();
    }

    /** The columns of a text; null for null, for an optional text. */
    static PartialTextColumns of(PartialText text) {
        return text == null ? null : new PartialTextColumns(text);
    }

    /** The text; null when the columns hold none. */
    static PartialText toText(PartialTextColumns columns) {
        return columns == null || columns.vi == null ? null : new PartialText(columns.vi, columns.en, columns.zh);
    }
}
