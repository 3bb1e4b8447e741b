package org.festgate.core.admission;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.festgate.core.event.Entrance;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.ticket.EntryPolicy;
import org.festgate.core.ticket.RevocationList;
import org.festgate.core.ticket.SigningKey;
import org.festgate.core.ticket.TicketClaims;
import org.festgate.core.ticket.TicketSigner;
import org.festgate.core.ticket.TicketVerifier;

/** Keys, tickets and entrances shared by the admission tests. Times are local to Lai Châu (UTC+7). */
final class Fixtures {

    static final int EVENT = 2026;
    static final int TYPE = 7;
    static final SigningKey KEY = SigningKey.generate(1);
    static final TicketVerifier VERIFIER = TicketVerifier.of(List.of(KEY.publicKey()), RevocationList.empty());
    static final Entrance NORTH = Entrance.of("north-gate", LocalizedText.of("Cổng Bắc", "North entrance", "北门"));
    static final Entrance SOUTH = Entrance.of("south-gate", LocalizedText.of("Cổng Nam", "South entrance", "南门"));
    static final Entrance EAST = Entrance.of("east-gate", LocalizedText.of("Cổng Đông", "East entrance", "东门"));
    static final Admission ADMISSION = Admission.of(EVENT, List.of(TicketTypeRules.of(TYPE)))
            .withEntrances(List.of(NORTH, SOUTH, EAST));

    private Fixtures() {
    }

    /** An instant given as local time in Lai Châu, such as {@code 2026-02-17T10:42}. */
    static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(TicketTypeRules.DEFAULT_ZONE).toInstant();
    }

    /** Claims valid from 17 February 00:00 to 21 February 00:00, local time. */
    static TicketClaims claims(long ticketId, int eventId, EntryPolicy policy) {
        return TicketClaims.of(ticketId, eventId, TYPE, local("2026-02-17T00:00"), local("2026-02-21T00:00"),
                policy, KEY.keyId());
    }

    static TicketClaims claims(long ticketId, EntryPolicy policy) {
        return claims(ticketId, EVENT, policy);
    }

    static String token(TicketClaims claims) {
        return TicketSigner.of(KEY).sign(claims);
    }

    static String token(long ticketId, EntryPolicy policy) {
        return token(claims(ticketId, policy));
    }

    /** The record of a decided scan, as a gate would log it. */
    static ScanRecord recordOf(AdmissionDecision decision, String entranceKey) {
        return ScanRecord.of(UUID.randomUUID(), EVENT, entranceKey, decision);
    }
}
