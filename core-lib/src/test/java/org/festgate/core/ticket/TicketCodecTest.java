package org.festgate.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TicketCodecTest {

    /** Pins the documented byte layout, field by field. */
    @Test
    void test_payload_layout() {
        TicketClaims claims = TicketClaims.of(0x0102_0304_0506L, 0x0A0B_0C0D, 0xBEEF,
                Instant.parse("2024-01-02T00:01:00Z"), Instant.parse("2024-01-02T01:01:00Z"),
                EntryPolicy.ONCE_PER_DAY, 7);

        // version 01, key 07, ticket 010203040506, event 0a0b0c0d, type beef,
        // valid from 1441 minutes (0x5a1), for 60 minutes (0x3c), policy 03
        assertThat(HexFormat.of().formatHex(TicketCodec.payload(claims)))
                .isEqualTo("01" + "07" + "010203040506" + "0a0b0c0d" + "beef" + "000005a1" + "00003c" + "03");
    }

    @Test
    void test_bytes_roundTrip() {
        TicketClaims claims = Tickets.largestClaims();
        String token = TicketSigner.of(Tickets.KEY_2).sign(claims);

        byte[] bytes = TicketCodec.bytes(token).orElseThrow();
        assertThat(bytes).hasSize(TicketCodec.TOKEN_BYTES);
        assertThat(TicketCodec.keyId(bytes)).isEqualTo(2);
        assertThat(TicketCodec.claims(bytes)).contains(claims);
    }

    @Test
    void test_signedMessage_domainPrefix() {
        byte[] payload = TicketCodec.payload(Tickets.claims(42, Tickets.KEY_1));

        assertThat(new String(TicketCodec.signedMessage(payload), 0, 18, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("festgate-ticket-v1");
        assertThat(TicketCodec.signedMessage(payload)).endsWith(payload);
    }

    @Test
    void test_tokenLength() {
        assertThat(TicketCodec.TOKEN_LENGTH).isEqualTo(Base45.encodedLength(TicketCodec.TOKEN_BYTES));
    }

    @Test
    void test_bytes_otherVersionIsEmpty() {
        byte[] bytes = TicketCodec.bytes(Tickets.token(42, Tickets.KEY_1)).orElseThrow();
        bytes[0] = 2;

        assertThat(TicketCodec.bytes(Base45.encode(bytes))).isEmpty();
    }

    /** A payload that is signed but out of range (which the signer never makes) reads as no claims. */
    @Test
    void test_claims_outOfRange() {
        byte[] bytes = TicketCodec.bytes(Tickets.token(42, Tickets.KEY_1)).orElseThrow();
        bytes[21] = 9;

        assertThat(TicketCodec.claims(bytes)).isEmpty();
    }
}
