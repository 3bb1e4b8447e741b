package org.festgate.web.festival;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.festgate.core.event.EthnicGroup;
import org.festgate.core.event.Festival;
import org.festgate.core.event.Venue;
import org.festgate.core.text.LocalizedText;
import org.festgate.web.platform.rest.Keys;

/**
 * Which festivals to list: those with an occurrence in a year (or one month of it), of an ethnic group, in a
 * commune or former district, whose text contains some words. Text matching ignores case and Vietnamese
 * diacritics, so "le hoi" finds "Lễ hội".
 *
 * @param year the Gregorian year
 * @param month the month of that year, 1 to 12, or empty for the whole year
 * @param ethnicGroup only festivals of this group, or empty
 * @param district only festivals whose venue's commune or former district matches, or empty
 * @param text only festivals whose names or description contain this, or empty
 */
public record FestivalQuery(int year, Optional<Integer> month, Optional<EthnicGroup> ethnicGroup,
                            Optional<String> district, Optional<String> text) {

    public FestivalQuery {
        if (year < 1901 || year > 2198) {
            throw new IllegalArgumentException("year " + year + " is outside 1901-2198");
        }
        month.filter(m -> m < 1 || m > 12).ifPresent(m -> {
            throw new IllegalArgumentException("month " + m + " is not between 1 and 12");
        });
    }

    /** First day of the period. */
    public LocalDate from() {
        return month.map(m -> YearMonth.of(year, m).atDay(1)).orElse(LocalDate.of(year, 1, 1));
    }

    /** Last day of the period. */
    public LocalDate to() {
        return month.map(m -> YearMonth.of(year, m).atEndOfMonth()).orElse(LocalDate.of(year, 12, 31));
    }

    /** Whether the festival, held at the venue, passes the filters other than the period. */
    public boolean matches(Festival festival, Venue venue) {
        return ethnicGroup.map(festival.ethnicGroups()::contains).orElse(true)
                && district.map(d -> contains(venue.commune().name(), d)
                        || venue.commune().formerDistrictLabel().map(f -> contains(f, d)).orElse(false)).orElse(true)
                && text.map(t -> contains(festival.name(), t) || contains(festival.description(), t)
                        || contains(venue.name(), t)).orElse(true);
    }

    private static boolean contains(LocalizedText haystack, String needle) {
        return contains(haystack.vi(), needle) || contains(haystack.en(), needle) || contains(haystack.zh(), needle);
    }

    private static boolean contains(String haystack, String needle) {
        return Keys.fold(haystack).contains(Keys.fold(needle));
    }
}
