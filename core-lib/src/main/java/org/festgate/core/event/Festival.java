package org.festgate.core.event;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.core.text.Checks;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.text.Provenance;

/**
 * A traditional festival of the ethnic peoples of Lai Châu, such as the Gầu Tào festival of the Mông.
 * <p>
 * The festival refers to its venue by key, so that festivals and venues can be loaded separately. Its ethnic
 * groups iterate in declaration order of {@link EthnicGroup}, so output built from them is deterministic.
 *
 * @param key          the stable key, lowercase letters, digits and hyphens, such as {@code gau-tao}
 * @param name         the name, not null
 * @param ethnicGroups the ethnic groups whose festival it is, may be empty; copied
 * @param venueKey     the key of the venue, not null
 * @param schedule     when the festival is held, not null
 * @param description  a short description, not null
 * @param provenance   where the record comes from, not null
 */
public record Festival(String key, LocalizedText name, Set<EthnicGroup> ethnicGroups, String venueKey,
        FestivalSchedule schedule, LocalizedText description, Provenance provenance) {

    /**
     * Creates a festival.
     *
     * @throws NullPointerException     if an argument or an ethnic group is null
     * @throws IllegalArgumentException if the key or the venue key is not a key
     */
    public Festival {
        Checks.key(key, "key");
        Objects.requireNonNull(name, "name is required");
        Objects.requireNonNull(ethnicGroups, "ethnicGroups is required");
        Checks.key(venueKey, "venueKey");
        Objects.requireNonNull(schedule, "schedule is required");
        Objects.requireNonNull(description, "description is required");
        Objects.requireNonNull(provenance, "provenance is required");
        Set<EthnicGroup> groups = EnumSet.noneOf(EthnicGroup.class);
        for (EthnicGroup group : ethnicGroups) {
            groups.add(Objects.requireNonNull(group, "ethnicGroups must not contain null"));
        }
        ethnicGroups = Collections.unmodifiableSet(groups);
    }

    /**
     * Obtains a festival.
     *
     * @param key          the stable key, lowercase letters, digits and hyphens, not null
     * @param name         the name, not null
     * @param ethnicGroups the ethnic groups whose festival it is, not null
     * @param venueKey     the key of the venue, not null
     * @param schedule     when the festival is held, not null
     * @param description  a short description, not null
     * @param provenance   where the record comes from, not null
     * @return the festival, not null
     * @throws NullPointerException     if an argument or an ethnic group is null
     * @throws IllegalArgumentException if the key or the venue key is not a key
     */
    public static Festival of(String key, LocalizedText name, Set<EthnicGroup> ethnicGroups, String venueKey,
            FestivalSchedule schedule, LocalizedText description, Provenance provenance) {
        return new Festival(key, name, ethnicGroups, venueKey, schedule, description, provenance);
    }
}
