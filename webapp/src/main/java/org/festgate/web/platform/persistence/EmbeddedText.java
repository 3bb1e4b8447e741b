package org.festgate.web.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.festgate.core.text.LocalizedText;

/**
 * A text in Vietnamese, English and Chinese as three columns; the persistent form of {@link LocalizedText}.
 * Entities name the columns with {@code @AttributeOverride}.
 */
@Embeddable
public class EmbeddedText {

    @Column(nullable = false)
    private String vi;

    @Column(nullable = false)
    private String en;

    @Column(nullable = false)
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
