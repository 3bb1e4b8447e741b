package org.festgate.web.vendor;

import java.util.Objects;
import org.festgate.core.text.Checks;
import org.festgate.core.text.LocalizedText;

/**
 * A text that a vendor writes in Vietnamese and may translate into English and Chinese. Like
 * {@link LocalizedText#in(String)}, a missing language falls back to Vietnamese: {@link #complete()} gives the
 * three-language text that pages show.
 *
 * @param vi the Vietnamese text, not blank
 * @param en the English text, or null when not translated (a blank one counts as missing)
 * @param zh the Chinese text, or null when not translated (a blank one counts as missing)
 */
public record PartialText(String vi, String en, String zh) {

    public PartialText {
        Checks.nonBlank(vi, "vi");
        vi = vi.strip();
        en = optional(en);
        zh = optional(zh);
    }

    /** The text in all three languages, Vietnamese standing in for a missing translation. */
    public LocalizedText complete() {
        return LocalizedText.of(vi, Objects.requireNonNullElse(en, vi), Objects.requireNonNullElse(zh, vi));
    }

    private static String optional(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
