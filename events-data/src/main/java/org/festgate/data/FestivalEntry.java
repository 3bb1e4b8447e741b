package org.festgate.data;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.festgate.core.event.EthnicGroup;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.text.Provenance;

/**
 * A festival record as read from the data set.
 *
 * <p><b>Interim type.</b> core-lib's {@code event.Festival} and {@code schedule.Schedule} are not published yet;
 * until they are, the reader keeps the schedule rule as its validated text form ({@code lunar:MM-DD[;options]},
 * {@code solar:MM-DD}, {@code weekday:M-N-DAY}, {@code once:YYYY-MM-DD}) and the importer should treat this
 * record exactly like the planned {@code Festival(key, name, ethnicGroups, venueKey, schedule, description,
 * provenance)}. It will be replaced by {@code Festival} without changing the JSON.
 *
 * @param key          stable slug
 * @param name         festival name in vi, en, zh
 * @param ethnicGroups the ethnic groups who hold it (at least one)
 * @param venueKey     key of a venue of the same data set
 * @param rule         the schedule rule in its text form, already checked against the grammar
 * @param durationDays number of days, at least 1
 * @param sessions     optional sessions, day offsets inside the duration
 * @param description  short description in vi, en, zh
 * @param provenance   source id (with {@code sample} if some facts are illustrative) or a sample note
 */
public record FestivalEntry(String key, LocalizedText name, Set<EthnicGroup> ethnicGroups, String venueKey,
        String rule, int durationDays, List<Session> sessions, LocalizedText description, Provenance provenance) {

    /** Copies the collections. */
    public FestivalEntry {
        Objects.requireNonNull(key, "key is required");
        ethnicGroups = Set.copyOf(ethnicGroups);
        sessions = List.copyOf(sessions);
    }

    /** @return true if the rule is a lunar one ({@code lunar:...}) */
    public boolean isLunar() {
        return rule.startsWith("lunar:");
    }

    /**
     * One timed part of a festival (e.g. the opening ceremony), local time of Viet Nam.
     *
     * @param dayOffset 0 for the first day
     * @param start     start time
     * @param end       end time, after start
     * @param title     title in vi, en, zh
     */
    public record Session(int dayOffset, LocalTime start, LocalTime end, LocalizedText title) {
    }
}
