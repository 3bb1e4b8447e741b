package org.festgate.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.festgate.core.ticket.Tickets.KEY_1;

import org.junit.jupiter.api.Test;

class PublicTicketKeyTest {

    @Test
    void test_of_roundTrip() {
        String text = KEY_1.publicKey().toBase64();
        PublicTicketKey key = PublicTicketKey.of(1, text);

        assertThat(text).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(key).isEqualTo(KEY_1.publicKey()).hasSameHashCodeAs(KEY_1.publicKey());
        assertThat(key.keyId()).isEqualTo(1);
        assertThat(PublicTicketKey.of(1, text + "=")).isEqualTo(key);
        assertThat(PublicTicketKey.of(2, text)).isNotEqualTo(key);
    }

    @Test
    void test_of_bad() {
        assertThatIllegalArgumentException().isThrownBy(() -> PublicTicketKey.of(1, "a+b/"))
                .withMessageContaining("not URL-safe Base64");
        assertThatIllegalArgumentException().isThrownBy(() -> PublicTicketKey.of(1, "AAAA"))
                .withMessage("public key must be 32 bytes, not 3");
        assertThatIllegalArgumentException().isThrownBy(() -> PublicTicketKey.of(-1, KEY_1.publicKey().toBase64()))
                .withMessageContaining("keyId must be from 0 to 255: -1");
    }

    /** y = 2 is not the y of any point of edwards25519, so these 32 bytes are no public key. */
    @Test
    void test_of_notAPoint() {
        byte[] raw = new byte[32];
        raw[0] = 2;
        String text = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);

        assertThatIllegalArgumentException().isThrownBy(() -> PublicTicketKey.of(1, text))
                .withMessageContaining("not a valid Ed25519 public key");
    }
}
