package org.festgate.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.festgate.core.admission.Admission;
import org.festgate.core.admission.AdmissionDecision;
import org.festgate.core.admission.Direction;
import org.festgate.core.admission.RefusalReason;
import org.festgate.core.admission.ScanRecord;
import org.festgate.core.admission.TicketTypeRules;
import org.festgate.core.event.Entrance;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.ticket.Base45;
import org.festgate.core.ticket.EntryPolicy;
import org.festgate.core.ticket.RevocationList;
import org.festgate.core.ticket.SigningKey;
import org.festgate.core.ticket.TicketClaims;
import org.festgate.core.ticket.TicketSigner;
import org.festgate.core.ticket.TicketVerifier;

/**
 * Situations for the scanner page's offline gate, decided by core-lib as the server decides them: tokens signed
 * with a key made here, an offline package as the server would send it (keys, revocations, ticket type rules,
 * entrance names), and for each scan the ticket's earlier scans. {@link #expected()} is core-lib's answer to each
 * case, {@code REASON|vi|en|zh} ({@code ADMIT} for an admission), which the page must give word for word.
 * <p>
 * The cases cover every refusal reason, every entry policy, exits, daily windows across midnight, the local day
 * of a once-per-day ticket in two zones, times shown with and without their date, unnamed entrances, the largest
 * ticket id, and every single-bit change of a token.
 */
final class OfflineGateCases {

    private static final int EVENT = 900;
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 2027-02-21 07:00 in Lai Châu. */
    private static final Instant DAY = Instant.parse("2027-02-21T00:00:00Z");
    private static final Instant FROM = Instant.parse("2027-02-20T17:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-02-23T17:00:00Z");
    private static final long REVOKED = 109;

    private final SigningKey key = SigningKey.generate(7);
    private final TicketSigner signer = TicketSigner.of(key);
    private final List<TicketTypeRules> rules = List.of(
            TicketTypeRules.of(1),
            TicketTypeRules.of(2).withEntrances(Set.of("north-gate")),
            TicketTypeRules.of(3).withDailyWindow(LocalTime.of(8, 0), LocalTime.of(12, 0))
                    .withDailyWindow(LocalTime.of(18, 0), LocalTime.of(2, 0)),
            TicketTypeRules.of(4).withZone(SHANGHAI),
            TicketTypeRules.of(5).withEntrances(Set.of("river-side", "north-gate")));
    /** The venue's entrances with names; river-side has none in the package, so its key stands for its name. */
    private final List<Entrance> entrances = List.of(
            Entrance.of("main", LocalizedText.of("Cổng chính", "Main entrance", "正门")),
            Entrance.of("north-gate", LocalizedText.of("Cổng Bắc", "North gate", "北门")));
    private final Admission admission = Admission.of(EVENT, rules).withEntrances(entrances);
    private final TicketVerifier verifier = TicketVerifier.of(List.of(key.publicKey()), RevocationList.of(List.of(REVOKED)));
    private final List<Case> cases = new ArrayList<>();

    /** One scan to decide: the token, where, which way, when, and the ticket's earlier scans. */
    private record Case(String token, String entrance, Direction direction, Instant at, List<ScanRecord> earlier) {
    }

    OfflineGateCases() {
        String single = token(101, 1, EntryPolicy.SINGLE_ENTRY);
        add(single, "main", Direction.IN, at("03:42"));
        add(single, "main", Direction.IN, at("05:00"), in(101, "main", at("03:42")));
        add(single, "main", Direction.IN, DAY.plus(Duration.ofHours(29)), in(101, "north-gate", at("03:42")));
        add(single, "main", Direction.IN, at("05:00"), ScanRecord.refused(UUID.randomUUID(), 101, EVENT, "main",
                Direction.IN, at("03:42"), RefusalReason.WRONG_ENTRANCE));
        add(single, "main", Direction.OUT, at("05:00"));
        add(single, "north-gate", Direction.OUT, at("05:00"), in(101, "main", at("03:42")));
        add(token(102, 1, EntryPolicy.MULTIPLE_ENTRY), "main", Direction.IN, at("05:00"),
                in(102, "main", at("03:00")), in(102, "main", at("04:00")));
        String daily = token(103, 1, EntryPolicy.ONCE_PER_DAY);
        add(daily, "main", Direction.IN, at("16:30"), in(103, "main", at("01:00")));
        add(daily, "main", Direction.IN, at("17:30"), in(103, "main", at("16:30")));
        String reentry = token(104, 1, EntryPolicy.REENTRY_AFTER_EXIT);
        add(reentry, "main", Direction.IN, at("05:00"), in(104, "main", at("03:00")));
        add(reentry, "main", Direction.IN, at("05:00"), in(104, "main", at("03:00")), out(104, at("04:00")));
        add(reentry, "main", Direction.OUT, at("05:00"), in(104, "main", at("03:00")), out(104, at("04:00")));
        String north = token(105, 2, EntryPolicy.SINGLE_ENTRY);
        add(north, "main", Direction.IN, at("05:00"));
        add(north, "north-gate", Direction.IN, at("05:00"));
        add(north, "main", Direction.OUT, at("05:00"), in(105, "north-gate", at("04:00")));
        String windows = token(106, 3, EntryPolicy.SINGLE_ENTRY);
        for (String time : List.of("06:00", "20:00", "18:00", "04:59:59", "05:00", "01:00", "11:00")) {
            add(windows, "main", Direction.IN, at(time));
        }
        String shanghai = token(107, 4, EntryPolicy.ONCE_PER_DAY);
        add(shanghai, "main", Direction.IN, at("16:30"), in(107, "main", at("15:30")));
        add(shanghai, "main", Direction.IN, at("16:30"), in(107, "main", at("16:10")));
        add(token(108, 5, EntryPolicy.SINGLE_ENTRY), "main", Direction.IN, at("05:00"));
        String revoked = token(REVOKED, 1, EntryPolicy.SINGLE_ENTRY);
        add(revoked, "main", Direction.IN, at("05:00"));
        add(revoked, "main", Direction.OUT, at("05:00"), in(REVOKED, "main", at("03:00")));
        add(sign(TicketClaims.of(110, EVENT + 1, 1, FROM, UNTIL, EntryPolicy.SINGLE_ENTRY, 7)), "main", Direction.IN,
                at("05:00"));
        add(token(111, 77, EntryPolicy.SINGLE_ENTRY), "main", Direction.IN, at("05:00"));
        String later = sign(TicketClaims.of(112, EVENT, 1, Instant.parse("2027-03-01T01:00:00Z"), UNTIL.plus(
                Duration.ofDays(10)), EntryPolicy.SINGLE_ENTRY, 7));
        add(later, "main", Direction.IN, at("03:00"));
        add(later, "main", Direction.IN, Instant.parse("2027-03-01T00:30:00Z"));
        String early = sign(TicketClaims.of(113, EVENT, 1, FROM, Instant.parse("2027-02-21T02:30:00Z"),
                EntryPolicy.SINGLE_ENTRY, 7));
        add(early, "main", Direction.IN, at("04:00"));
        add(early, "main", Direction.IN, Instant.parse("2027-02-25T04:00:00Z"));
        add(early, "main", Direction.OUT, at("04:00"), in(113, "main", at("01:00")));
        add(TicketSigner.of(SigningKey.generate(9)).sign(claims(114, 1, EntryPolicy.SINGLE_ENTRY, 9)), "main",
                Direction.IN, at("05:00"));
        add(token(TicketClaims.MAX_TICKET_ID, 1, EntryPolicy.SINGLE_ENTRY), "main", Direction.IN, at("05:00"));
        for (String junk : List.of("", "HELLO", single.toLowerCase(Locale.ROOT), single.substring(1), single + "0",
                single.substring(0, 128) + "~")) {
            add(junk, "main", Direction.IN, at("05:00"));
        }
        byte[] bytes = Base45.decode(single);
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] changed = bytes.clone();
            changed[bit / 8] ^= (byte) (1 << (bit % 8));
            add(Base45.encode(changed), "main", Direction.IN, at("05:00"));
        }
    }

    /** The package as {@code GET /api/scanner/package} sends it (without scans), as JSON. */
    String offlinePackage() {
        JsonArrayBuilder types = Json.createArrayBuilder();
        for (TicketTypeRules typeRules : rules) {
            types.add(Json.createObjectBuilder().add("ticketTypeId", typeRules.ticketTypeId())
                    .add("entrances", Json.createArrayBuilder(typeRules.entrances().stream().sorted().toList()))
                    .add("dailyWindows", Json.createArrayBuilder(
                            typeRules.dailyWindows().stream().map(Object::toString).toList()))
                    .add("zone", typeRules.zone().getId()));
        }
        JsonArrayBuilder names = Json.createArrayBuilder();
        entrances.forEach(e -> names.add(Json.createObjectBuilder().add("key", e.key()).add("name",
                Json.createObjectBuilder().add("vi", e.name().vi()).add("en", e.name().en()).add("zh", e.name().zh()))));
        return Json.createObjectBuilder().add("eventId", EVENT).add("version", 0)
                .add("keys", Json.createArrayBuilder().add(Json.createObjectBuilder().add("keyId", key.keyId())
                        .add("publicKey", key.publicKey().toBase64())))
                .add("revocations", Json.createArrayBuilder().add(REVOKED))
                .add("ticketTypes", types).add("entrances", names).build().toString();
    }

    /** The cases {token, entranceKey, direction, at, earlier: [scan answers]} as JSON. */
    String cases() {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Case c : cases) {
            JsonArrayBuilder earlier = Json.createArrayBuilder();
            c.earlier().forEach(scan -> earlier.add(Json.createObjectBuilder().add("nonce", scan.nonce().toString())
                    .add("ticketId", scan.ticketId()).add("entranceKey", scan.entranceKey())
                    .add("direction", scan.direction().name()).add("at", scan.at().toString())
                    .add("outcome", scan.isAdmitted() ? "ADMIT" : "REFUSE")));
            all.add(Json.createObjectBuilder().add("token", c.token()).add("entranceKey", c.entrance())
                    .add("direction", c.direction().name()).add("at", c.at().toString()).add("earlier", earlier));
        }
        return all.build().toString();
    }

    /** core-lib's answer to each case: {@code REASON|vi|en|zh}, {@code ADMIT} for the reason of an admission. */
    List<String> expected() {
        return cases.stream().map(c -> {
            AdmissionDecision decision = admission.decide(verifier.verify(c.token(), c.at()), c.entrance(),
                    c.direction(), c.at(), c.earlier());
            return String.join("|", decision.reason().map(Enum::name).orElse("ADMIT"), decision.message("vi"),
                    decision.message("en"), decision.message("zh"));
        }).toList();
    }

    private void add(String token, String entrance, Direction direction, Instant at, ScanRecord... earlier) {
        cases.add(new Case(token, entrance, direction, at, List.of(earlier)));
    }

    private String token(long ticketId, int ticketTypeId, EntryPolicy policy) {
        return sign(claims(ticketId, ticketTypeId, policy, key.keyId()));
    }

    private static TicketClaims claims(long ticketId, int ticketTypeId, EntryPolicy policy, int keyId) {
        return TicketClaims.of(ticketId, EVENT, ticketTypeId, FROM, UNTIL, policy, keyId);
    }

    private String sign(TicketClaims claims) {
        return signer.sign(claims);
    }

    /** An instant of {@link #DAY} by its UTC time of day, HH:mm or HH:mm:ss. */
    private static Instant at(String utcTime) {
        return DAY.plusNanos(LocalTime.parse(utcTime).toNanoOfDay());
    }

    private static ScanRecord in(long ticketId, String entrance, Instant at) {
        return ScanRecord.admitted(UUID.randomUUID(), ticketId, EVENT, entrance, Direction.IN, at);
    }

    private static ScanRecord out(long ticketId, Instant at) {
        return ScanRecord.admitted(UUID.randomUUID(), ticketId, EVENT, "main", Direction.OUT, at);
    }
}
