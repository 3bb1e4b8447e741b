package org.festgate.core.ticket;

import java.time.Instant;

/** Keys and claims shared by the ticket tests. Keys are generated once per test run. */
final class Tickets {

    static final SigningKey KEY_1 = SigningKey.generate(1);
    static final SigningKey KEY_2 = SigningKey.generate(2);
    static final Instant FROM = Instant.parse("2026-02-17T18:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-02-18T02:00:00Z");
    static final Instant DURING = Instant.parse("2026-02-17T20:30:00Z");

    private Tickets() {
    }

    static TicketClaims claims(long ticketId, SigningKey key) {
        return TicketClaims.of(ticketId, 2026, 7, FROM, UNTIL, EntryPolicy.SINGLE_ENTRY, key.keyId());
    }

    static String token(long ticketId, SigningKey key) {
        return TicketSigner.of(key).sign(claims(ticketId, key));
    }

    /** The claims with every field at its largest, whose token is as long as any. */
    static TicketClaims largestClaims() {
        return TicketClaims.of(TicketClaims.MAX_TICKET_ID, Integer.MAX_VALUE, TicketClaims.MAX_TICKET_TYPE_ID,
                TicketClaims.MAX_VALID_FROM, TicketClaims.MAX_VALID_FROM.plus(TicketClaims.MAX_VALIDITY),
                EntryPolicy.REENTRY_AFTER_EXIT, KEY_2.keyId());
    }

    static TicketVerifier verifier(SigningKey... keys) {
        TicketVerifier verifier = TicketVerifier.of(java.util.List.of(), RevocationList.empty());
        for (SigningKey key : keys) {
            verifier = verifier.withKey(key.publicKey());
        }
        return verifier;
    }
}
