package org.festgate.core.ticket;

import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/** Keys and claims shared by the ticket tests. The keys are fixed, so every run signs the same tokens. */
final class Tickets {

    static final SigningKey KEY_1 = fixedKey(1);
    static final SigningKey KEY_2 = fixedKey(2);
    static final Instant FROM = Instant.parse("2026-02-17T18:00:00Z");
    static final Instant UNTIL = Instant.parse("2026-02-18T02:00:00Z");
    static final Instant DURING = Instant.parse("2026-02-17T20:30:00Z");

    private Tickets() {
    }

    /** A key whose 32-byte seed is {@code keyId} repeated. */
    static SigningKey fixedKey(int keyId) {
        byte[] pkcs8 = HexFormat.of().parseHex("302e020100300506032b657004220420" + "%02x".formatted(keyId).repeat(32));
        return SigningKey.fromPkcs8(keyId, Base64.getEncoder().encodeToString(pkcs8));
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
        TicketVerifier verifier = TicketVerifier.of(List.of(), RevocationList.empty());
        for (SigningKey key : keys) {
            verifier = verifier.withKey(key.publicKey());
        }
        return verifier;
    }
}
