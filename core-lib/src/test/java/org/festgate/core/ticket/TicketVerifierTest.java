package org.festgate.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.festgate.core.ticket.Tickets.DURING;
import static org.festgate.core.ticket.Tickets.FROM;
import static org.festgate.core.ticket.Tickets.KEY_1;
import static org.festgate.core.ticket.Tickets.KEY_2;
import static org.festgate.core.ticket.Tickets.UNTIL;
import static org.festgate.core.ticket.Tickets.claims;
import static org.festgate.core.ticket.Tickets.token;
import static org.festgate.core.ticket.Tickets.verifier;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.festgate.core.ticket.TicketVerification.Refused;
import org.festgate.core.ticket.TicketVerification.Valid;
import org.junit.jupiter.api.Test;

class TicketVerifierTest {

    @Test
    void test_verify_roundTrip() {
        TicketClaims claims = claims(42, KEY_1);
        String token = TicketSigner.of(KEY_1).sign(claims);

        TicketVerification result = verifier(KEY_1).verify(token, DURING);

        assertThat(result).isEqualTo(new Valid(claims));
        assertThat(result.isValid()).isTrue();
    }

    @Test
    void test_verify_largestClaimsRoundTrip() {
        TicketClaims claims = Tickets.largestClaims();
        String token = TicketSigner.of(KEY_2).sign(claims);

        assertThat(token).hasSize(TicketCodec.TOKEN_LENGTH);
        assertThat(verifier(KEY_2).verify(token, claims.validFrom())).isEqualTo(new Valid(claims));
    }

    @Test
    void test_verify_secondKeyKnown() {
        assertThat(verifier(KEY_1, KEY_2).verify(token(42, KEY_2), DURING).isValid()).isTrue();
    }

    @Test
    void test_verify_unknownKey() {
        assertThat(verifier(KEY_1).verify(token(42, KEY_2), DURING))
                .isEqualTo(new Refused(TokenProblem.UNKNOWN_KEY, Optional.empty()));
    }

    @Test
    void test_verify_retiredKey() {
        TicketVerifier verifier = verifier(KEY_1, KEY_2).withoutKey(2);

        assertThat(verifier.verify(token(42, KEY_2), DURING))
                .isEqualTo(new Refused(TokenProblem.UNKNOWN_KEY, Optional.empty()));
        assertThat(verifier.keys()).containsExactly(KEY_1.publicKey());
    }

    @Test
    void test_verify_otherKeyWithSameId() {
        SigningKey impostor = SigningKey.generate(1);

        assertThat(verifier(KEY_1).verify(token(42, impostor), DURING))
                .isEqualTo(new Refused(TokenProblem.BAD_SIGNATURE, Optional.empty()));
    }

    @Test
    void test_verify_revoked() {
        TicketVerifier verifier = verifier(KEY_1).withRevocations(RevocationList.of(List.of(7L, 42L)));

        assertThat(verifier.verify(token(42, KEY_1), DURING))
                .isEqualTo(new Refused(TokenProblem.REVOKED, Optional.of(claims(42, KEY_1))));
        assertThat(verifier.verify(token(43, KEY_1), DURING).isValid()).isTrue();
    }

    @Test
    void test_verify_validFromInclusive() {
        String token = token(42, KEY_1);
        TicketVerifier verifier = verifier(KEY_1);

        assertThat(verifier.verify(token, FROM.minusNanos(1)))
                .isEqualTo(new Refused(TokenProblem.NOT_YET_VALID, Optional.of(claims(42, KEY_1))));
        assertThat(verifier.verify(token, FROM).isValid()).isTrue();
    }

    @Test
    void test_verify_validUntilExclusive() {
        String token = token(42, KEY_1);
        TicketVerifier verifier = verifier(KEY_1);

        assertThat(verifier.verify(token, UNTIL.minusNanos(1)).isValid()).isTrue();
        assertThat(verifier.verify(token, UNTIL))
                .isEqualTo(new Refused(TokenProblem.EXPIRED, Optional.of(claims(42, KEY_1))));
        assertThat(verifier.verify(token, UNTIL.plus(Duration.ofDays(400))))
                .isEqualTo(new Refused(TokenProblem.EXPIRED, Optional.of(claims(42, KEY_1))));
    }

    @Test
    void test_verify_revokedBeforeExpired() {
        TicketVerifier verifier = verifier(KEY_1).withRevocations(RevocationList.empty().with(42));

        assertThat(verifier.verify(token(42, KEY_1), UNTIL))
                .isEqualTo(new Refused(TokenProblem.REVOKED, Optional.of(claims(42, KEY_1))));
    }

    @Test
    void test_verify_nulls() {
        TicketVerifier verifier = verifier(KEY_1);

        assertThatNullPointerException().isThrownBy(() -> verifier.verify(null, DURING));
        assertThatNullPointerException().isThrownBy(() -> verifier.verify(token(42, KEY_1), null));
    }

    @Test
    void test_of_duplicateKeyId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TicketVerifier.of(
                        List.of(KEY_1.publicKey(), SigningKey.generate(1).publicKey()), RevocationList.empty()))
                .withMessageContaining("key id 1");
    }

    @Test
    void test_withKey_replacesSameId() {
        SigningKey newKey1 = SigningKey.generate(1);
        TicketVerifier verifier = verifier(KEY_1).withKey(newKey1.publicKey());

        assertThat(verifier.keys()).containsExactly(newKey1.publicKey());
        assertThat(verifier.verify(token(42, newKey1), DURING).isValid()).isTrue();
        assertThat(verifier.verify(token(42, KEY_1), DURING))
                .isEqualTo(new Refused(TokenProblem.BAD_SIGNATURE, Optional.empty()));
    }

    @Test
    void test_sign_keyIdMismatch() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TicketSigner.of(KEY_1).sign(claims(42, KEY_2)))
                .withMessage("claims name key 2 but the signing key is 1");
    }
}
