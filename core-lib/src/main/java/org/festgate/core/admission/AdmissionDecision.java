package org.festgate.core.admission;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.ticket.TicketClaims;

/**
 * The answer to one scan: admit, or refuse with a reason and the details a gate keeper needs, readable in
 * Vietnamese, English or Chinese through {@link #message(Locale)}.
 * <p>
 * The details depend on the reason: the earlier scan for {@link RefusalReason#ALREADY_USED} and
 * {@link RefusalReason#ALREADY_USED_TODAY}, the start of the next window for
 * {@link RefusalReason#OUTSIDE_DAILY_WINDOW}, the allowed entrances for {@link RefusalReason#WRONG_ENTRANCE}, the
 * claims (and so the validity) for every decision on a genuine ticket. Times are shown in {@link #zone()}.
 * <p>
 * Decisions are made by {@link Admission}; this class is immutable and thread-safe.
 */
public final class AdmissionDecision {

    private final Direction direction;
    private final Instant at;
    private final ZoneId zone;
    private final Optional<RefusalReason> reason;
    private final Optional<TicketClaims> claims;
    private final Optional<ScanRecord> earlierScan;
    private final Optional<LocalTime> windowStart;
    private final List<LocalizedText> entrances;

    private AdmissionDecision(Direction direction, Instant at, ZoneId zone, Optional<RefusalReason> reason,
                              Optional<TicketClaims> claims, Optional<ScanRecord> earlierScan,
                              Optional<LocalTime> windowStart, List<LocalizedText> entrances) {
        this.direction = Objects.requireNonNull(direction, "direction is required");
        this.at = Objects.requireNonNull(at, "at is required");
        this.zone = Objects.requireNonNull(zone, "zone is required");
        this.reason = reason;
        this.claims = claims;
        this.earlierScan = earlierScan;
        this.windowStart = windowStart;
        this.entrances = List.copyOf(entrances);
    }

    static AdmissionDecision admit(Direction direction, Instant at, ZoneId zone, TicketClaims claims) {
        return new AdmissionDecision(direction, at, zone, Optional.empty(), Optional.of(claims), Optional.empty(),
                Optional.empty(), List.of());
    }

    static AdmissionDecision refuse(RefusalReason reason, Direction direction, Instant at, ZoneId zone,
                                    Optional<TicketClaims> claims) {
        return new AdmissionDecision(direction, at, zone, Optional.of(reason), claims, Optional.empty(),
                Optional.empty(), List.of());
    }

    AdmissionDecision withEarlierScan(ScanRecord scan, LocalizedText entranceName) {
        return new AdmissionDecision(direction, at, zone, reason, claims, Optional.of(scan), windowStart,
                List.of(entranceName));
    }

    AdmissionDecision withWindowStart(LocalTime start) {
        return new AdmissionDecision(direction, at, zone, reason, claims, earlierScan, Optional.of(start),
                entrances);
    }

    AdmissionDecision withEntrances(List<LocalizedText> names) {
        return new AdmissionDecision(direction, at, zone, reason, claims, earlierScan, windowStart, names);
    }

    /**
     * Tells whether the scan was admitted.
     *
     * @return true to let the visitor through, false to refuse
     */
    public boolean isAdmitted() {
        return reason.isEmpty();
    }

    /**
     * Gives the reason of a refusal.
     *
     * @return the reason, empty if admitted, not null
     */
    public Optional<RefusalReason> reason() {
        return reason;
    }

    /**
     * Gives the claims of the ticket, when it is a genuine Festgate ticket.
     *
     * @return the claims, empty for {@link RefusalReason#NOT_A_FESTGATE_TICKET}, not null
     */
    public Optional<TicketClaims> claims() {
        return claims;
    }

    /**
     * Gives the direction of the scan.
     *
     * @return in or out, not null
     */
    public Direction direction() {
        return direction;
    }

    /**
     * Gives the instant of the scan.
     *
     * @return the instant, not null
     */
    public Instant at() {
        return at;
    }

    /**
     * Gives the zone the message shows times in: the zone of the ticket type's rules, Asia/Ho_Chi_Minh when the
     * ticket type is not known.
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Gives the earlier admitted scan that used the ticket up, for {@link RefusalReason#ALREADY_USED} and
     * {@link RefusalReason#ALREADY_USED_TODAY}.
     *
     * @return the earlier scan, otherwise empty, not null
     */
    public Optional<ScanRecord> earlierScan() {
        return earlierScan;
    }

    /**
     * Gives the local time the next daily window starts, for {@link RefusalReason#OUTSIDE_DAILY_WINDOW}.
     *
     * @return the start, otherwise empty, not null
     */
    public Optional<LocalTime> windowStart() {
        return windowStart;
    }

    /**
     * Gives the names of the entrances the message mentions: where the earlier scan was made, or the entrances
     * the ticket type may use for {@link RefusalReason#WRONG_ENTRANCE}.
     *
     * @return the names, possibly empty, not null
     */
    public List<LocalizedText> entrances() {
        return entrances;
    }

    /**
     * Gives the message for the gate keeper in the language of a locale: Vietnamese, English or Chinese;
     * any other language gives Vietnamese.
     *
     * @param locale the locale, not null
     * @return the message, such as "Vé đã dùng lúc 10:42 tại Cổng Bắc", not null
     * @throws NullPointerException if the locale is null
     */
    public String message(Locale locale) {
        Objects.requireNonNull(locale, "locale is required");
        return AdmissionTexts.message(this, locale);
    }

    /**
     * Gives the message for the gate keeper in the language of a BCP 47 tag such as {@code vi}, {@code en} or
     * {@code zh-CN}; any other language gives Vietnamese.
     *
     * @param languageTag the language tag, not null
     * @return the message, not null
     * @throws NullPointerException if the tag is null
     */
    public String message(String languageTag) {
        Objects.requireNonNull(languageTag, "languageTag is required");
        return message(Locale.forLanguageTag(languageTag));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AdmissionDecision that
                && direction == that.direction && at.equals(that.at) && zone.equals(that.zone)
                && reason.equals(that.reason) && claims.equals(that.claims) && earlierScan.equals(that.earlierScan)
                && windowStart.equals(that.windowStart) && entrances.equals(that.entrances);
    }

    @Override
    public int hashCode() {
        return Objects.hash(direction, at, zone, reason, claims, earlierScan, windowStart, entrances);
    }

    /**
     * Gives a short form for logs, such as {@code REFUSE ALREADY_USED IN 2026-02-10T03:42:00Z ticket 17}.
     *
     * @return the text form, not null
     */
    @Override
    public String toString() {
        return reason.map(r -> "REFUSE " + r).orElse("ADMIT") + " " + direction + " " + at
                + claims.map(c -> " ticket " + c.ticketId()).orElse("");
    }
}
