package org.festgate.web.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.festgate.core.text.LocalizedText;

/**
 * A text in Vietnamese, English and Chinese as three columns; the persistent form of {@link LocalizedText}.
 * The columns are {@code name_vi}, {@code name_en} and {@code name_zh} unless an entity names others with
 * {@code @AttributeOverride} (descriptions, titles, units).
 */
@Embeddable
public class EmbeddedText {

    @Column(name = "name_vi", nullable = false)
    private String vi;

    @Column(name = "name_en", nullable = false)
    private String en;

    @Column(name = "name_zh", nullable = false)
    private String zh;

    protected EmbeddedText() {
    }

    private EmbeddedText(LocalizedText text) {
        this.vi = text.vi();
        this.en = text.en();
        this.zh = text.zh();
    }

    /** The columns of a text; null for null, for optional texts. */
    public static EmbeddedText of(LocalizedText text) {
        return text == null ? null : new EmbeddedText(text);
    }

    public LocalizedText toText() {
        return LocalizedText.of(vi, en, zh);
    }
}
