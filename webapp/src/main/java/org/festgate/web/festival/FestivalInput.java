package org.festgate.web.festival;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.festgate.core.event.EthnicGroup;
import org.festgate.core.event.Festival;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.core.schedule.Schedule;
import org.festgate.core.schedule.Session;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.text.Provenance;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.rest.Keys;
import org.festgate.web.platform.rest.TextRules;

/**
 * A festival as an organizer writes it: names in three languages, ethnic groups by code, a venue by key and a
 * schedule rule in core-lib's text form ({@code lunar:01-15}, {@code solar:09-02}, {@code weekday:10-3-SUNDAY},
 * {@code once:2026-03-14}). Public fields, not a record: see {@code SignInRequest}.
 */
public class FestivalInput {

    /** A text in Vietnamese, English and Chinese. */
    public static class TextInput {
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
        public String vi;
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
        public String en;
        @NotBlank
        @Size(max = 200)
        @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
        public String zh;

        public LocalizedText toText() {
            return LocalizedText.of(vi, en, zh);
        }
    }

    /** A longer text in the three languages, possibly of several lines. */
    public static class LongTextInput {
        @NotBlank
        @Size(max = 4000)
        @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
        public String vi;
        @NotBlank
        @Size(max = 4000)
        @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
        public String en;
        @NotBlank
        @Size(max = 4000)
        @Pattern(regexp = TextRules.MULTI_LINE, message = TextRules.MESSAGE)
        public String zh;

        LocalizedText toText() {
            return LocalizedText.of(vi, en, zh);
        }
    }

    /** A session: day of the festival (0 = first), local start and end times, title. */
    public static class SessionInput {
        @Min(0)
        @Max(29)
        public int day;
        @NotNull
        @Pattern(regexp = "\\d{2}:\\d{2}", message = "must be a time such as 08:30")
        public String start;
        @NotNull
        @Pattern(regexp = "\\d{2}:\\d{2}", message = "must be a time such as 08:30")
        public String end;
        @NotNull
        @Valid
        public TextInput title;
    }

    /** The stable key; when creating, derived from the English name if left out. */
    @Size(min = 2, max = 64)
    @Pattern(regexp = TextRules.KEY, message = "lower-case letters and digits joined by '-'")
    public String key;

    @NotNull
    @Valid
    public TextInput name;

    @NotNull
    @Valid
    public LongTextInput description;

    @NotEmpty
    @Size(max = 20)
    public Set<@NotBlank String> ethnicGroups;

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = TextRules.KEY, message = "must be the key of a venue, such as 'nam-loong-ground'")
    public String venueKey;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String rule;

    @Min(1)
    @Max(30)
    public int durationDays = 1;

    @NotNull
    @Valid
    @Size(max = 50)
    public List<@NotNull SessionInput> sessions = new ArrayList<>();

    /**
     * The festival this input describes, under the given key.
     *
     * @throws ProblemException 400 naming the field whose value core-lib refuses
     */
    Festival toFestival(String festivalKey, String organizer) {
        FestivalSchedule schedule = FestivalSchedule.of(schedule(), durationDays, sessionList());
        try {
            return new Festival(festivalKey, name.toText(), groups(), venueKey, schedule, description.toText(),
                    Provenance.source("entered by " + organizer));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(Problem.invalidField("key", e.getMessage()));
        }
    }

    /** The key to create the festival under: the given one, or one made from the English name. */
    String keyOrDerived() {
        if (key != null) {
            return key;
        }
        return Keys.derive(name.en, 64).orElseThrow(() -> new ProblemException(
                Problem.invalidField("key", "give a key: none can be made from the name")));
    }

    private Schedule schedule() {
        try {
            return Schedule.parse(rule);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new ProblemException(Problem.invalidField("rule", e.getMessage()));
        }
    }

    private Set<EthnicGroup> groups() {
        Set<EthnicGroup> groups = EnumSet.noneOf(EthnicGroup.class);
        for (String code : ethnicGroups) {
            try {
                groups.add(EthnicGroup.fromCode(code));
            } catch (IllegalArgumentException e) {
                throw new ProblemException(Problem.invalidField("ethnicGroups", "unknown ethnic group '" + code + "'"));
            }
        }
        return groups;
    }

    private List<Session> sessionList() {
        List<Session> list = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            SessionInput s = sessions.get(i);
            if (s.day >= durationDays) {
                throw new ProblemException(Problem.invalidField("sessions[" + i + "].day",
                        "day " + s.day + " is after the last day of a festival of " + durationDays + " days"));
            }
            try {
                list.add(Session.of(s.day, LocalTime.parse(s.start), LocalTime.parse(s.end), s.title.toText()));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new ProblemException(Problem.invalidField("sessions[" + i + "]", e.getMessage()));
            }
        }
        return list;
    }
}
