package org.festgate.core.text;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in the three languages of Festgate: Vietnamese, English and Chinese (simplified).
 * <p>
 * Vietnamese is the reference language: {@link #in(String)} falls back to it for any other language. All three
 * texts are required and not blank, so a page never shows an empty name.
 *
 * @param vi the Vietnamese text, not blank
 * @param en the English text, not blank
 * @param zh the Chinese text, not blank
 */
public record LocalizedText(String vi, String en, String zh) {

    /**
     * Creates a text in the three languages.
     *
     * @throws NullPointerException     if a text is null
     * @throws IllegalArgumentException if a text is blank
     */
    public LocalizedText {
        Checks.nonBlank(vi, "vi");
        Checks.nonBlank(en, "en");
        Checks.nonBlank(zh, "zh");
    }

    /**
     * Obtains a text in the three languages.
     *
     * @param vi the Vietnamese text, not blank
     * @param en the English text, not blank
     * @param zh the Chinese text, not blank
     * @return the text, not null
     * @throws NullPointerException     if a text is null
     * @throws IllegalArgumentException if a text is blank
     */
    public static LocalizedText of(String vi, String en, String zh) {
        return new LocalizedText(vi, en, zh);
    }

    /**
     * Picks the text for a BCP 47 language tag such as {@code vi}, {@code en-GB} or {@code zh-Hans-CN}.
     * Only the language subtag counts; any language other than English or Chinese gives Vietnamese.
     *
     * @param languageTag the language tag, not null
     * @return the text in that language, not null
     */
    public String in(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag is required");
        return in(Locale.forLanguageTag(languageTag));
    }

    /**
     * Picks the text for the language of a locale; any language other than English or Chinese gives Vietnamese.
     *
     * @param locale the locale, not null
     * @return the text in that language, not null
     */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale is required");
        switch (locale.getLanguage()) {
            case "en":
                return en;
            case "zh":
                return zh;
            default:
                return vi;
        }
    }
}
