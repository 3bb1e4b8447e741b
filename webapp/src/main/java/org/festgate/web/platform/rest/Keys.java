package org.festgate.web.platform.rest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Folded text and stable keys made from names: "Chè Shan tuyết Tà Xùa" folds to {@code che shan tuyet ta xua}
 * and gives the key {@code che-shan-tuyet-ta-xua}. Searches compare folded texts, so they ignore case and
 * Vietnamese diacritics.
 */
public final class Keys {

    private Keys() {
    }

    /** Lower case without diacritics; đ becomes d. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT).trim();
    }

    /**
     * A key ({@link TextRules#KEY}) made of the letters and digits of a name, at most {@code maxLength} long.
     *
     * @return the key, or empty when the name has fewer than two letters or digits of the Latin alphabet
     */
    public static Optional<String> derive(String name, int maxLength) {
        String derived = fold(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (derived.length() < 2) {
            return Optional.empty();
        }
        return Optional.of(derived.length() > maxLength
                ? derived.substring(0, maxLength).replaceAll("-+$", "") : derived);
    }
}
