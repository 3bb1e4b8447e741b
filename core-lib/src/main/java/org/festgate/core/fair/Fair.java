package org.festgate.core.fair;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.festgate.core.text.Checks;
import org.festgate.core.text.LocalizedText;

/**
 * A cultural-trade fair (hội chợ văn hoá - thương mại): held at a venue on one or more days, during a festival or
 * standalone, with a stall map.
 * <p>
 * Two fairs are equal when all their fields are equal. This class is immutable and thread-safe.
 */
public final class Fair {

    private final String key;
    private final LocalizedText name;
    private final String festivalKey;
    private final String venueKey;
    private final List<FairDay> days;
    private final StallMap map;

    private Fair(String key, LocalizedText name, String festivalKey, String venueKey, List<FairDay> days,
            StallMap map) {
        this.key = Checks.key(key, "key");
        this.name = Objects.requireNonNull(name, "name is required");
        this.festivalKey = festivalKey == null ? null : Checks.key(festivalKey, "festivalKey");
        this.venueKey = Checks.key(venueKey, "venueKey");
        this.days = sortedDays(days);
        this.map = Objects.requireNonNull(map, "map is required");
    }

    /**
     * Obtains a fair.
     *
     * @param key         the stable key, lowercase with hyphens, such as {@code hoi-cho-gau-tao-2026}, not null
     * @param name        the name, not null
     * @param festivalKey the key of the festival the fair is part of, or null for a standalone fair
     * @param venueKey    the key of the venue, not null
     * @param days        the days with their opening hours, at least one, each date once, in any order, not null
     * @param map         the stall map, not null
     * @return the fair, with its days sorted by date, not null
     * @throws NullPointerException     if a required argument or a day is null
     * @throws IllegalArgumentException if a key is not a key, there is no day or a date comes twice
     */
    public static Fair of(String key, LocalizedText name, String festivalKey, String venueKey, List<FairDay> days,
            StallMap map) {
        return new Fair(key, name, festivalKey, venueKey, days, map);
    }

    /**
     * Gets the stable key.
     *
     * @return the key, not null
     */
    public String key() {
        return key;
    }

    /**
     * Gets the name.
     *
     * @return the name, not null
     */
    public LocalizedText name() {
        return name;
    }

    /**
     * Gets the key of the festival the fair is part of.
     *
     * @return the festival key, or empty for a standalone fair
     */
    public Optional<String> festivalKey() {
        return Optional.ofNullable(festivalKey);
    }

    /**
     * Gets the key of the venue.
     *
     * @return the venue key, not null
     */
    public String venueKey() {
        return venueKey;
    }

    /**
     * Gets the days with their opening hours.
     *
     * @return the days sorted by date, at least one, unmodifiable, not null
     */
    public List<FairDay> days() {
        return days;
    }

    /**
     * Gets the stall map.
     *
     * @return the map, not null
     */
    public StallMap map() {
        return map;
    }

    /**
     * Tells whether the fair is held on a date.
     *
     * @param date the date, not null
     * @return true if one of the fair's days has this date
     * @throws NullPointerException if the date is null
     */
    public boolean isOn(LocalDate date) {
        Objects.requireNonNull(date, "date is required");
        return days.stream().anyMatch(day -> day.date().equals(date));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Fair that
                && key.equals(that.key)
                && name.equals(that.name)
                && Objects.equals(festivalKey, that.festivalKey)
                && venueKey.equals(that.venueKey)
                && days.equals(that.days)
                && map.equals(that.map);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, name, festivalKey, venueKey, days, map);
    }

    /**
     * Gives the key and the first and last date, such as {@code Fair[hoi-cho-gau-tao-2026, 2026-02-20..2026-02-22]}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return "Fair[" + key + ", " + days.get(0).date() + ".." + days.get(days.size() - 1).date() + "]";
    }

    private static List<FairDay> sortedDays(List<FairDay> days) {
        Objects.requireNonNull(days, "days is required");
        List<FairDay> sorted = new ArrayList<>(days.size());
        for (FairDay day : days) {
            sorted.add(Objects.requireNonNull(day, "days must not hold null"));
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("days must hold at least one day");
        }
        sorted.sort(Comparator.comparing(FairDay::date));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
                throw new IllegalArgumentException("days: the date " + sorted.get(i).date() + " comes twice");
            }
        }
        return List.copyOf(sorted);
    }
}
