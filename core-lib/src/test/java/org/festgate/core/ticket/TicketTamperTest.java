package org.festgate.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.festgate.core.ticket.Tickets.DURING;
import static org.festgate.core.ticket.Tickets.KEY_1;
import static org.festgate.core.ticket.Tickets.KEY_2;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every single change to a genuine token is refused; none slips through as another valid ticket. */
class TicketTamperTest {

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";

    private final TicketVerifier verifier = Tickets.verifier(SigningKey.generate(0), KEY_1, KEY_2);
    private final String token = Tickets.token(42, KEY_1);

    @Test
    void test_everyBitFlipRefused() {
        byte[] bytes = Base45.decode(token);
        Map<TokenProblem, Integer> problems = new EnumMap<>(TokenProblem.class);
        for (int bit = 0; bit < bytes.length * 8; bit++) {
            byte[] changed = bytes.clone();
            changed[bit / 8] ^= (byte) (1 << (bit % 8));

            TicketVerification result = verifier.verify(Base45.encode(changed), DURING);

            assertThat(result.isValid()).as("bit %d", bit).isFalse();
            problems.merge(((TicketVerification.Refused) result).problem(), 1, Integer::sum);
        }
        // 8 version bits; of the 8 key id bits, the one turning key 1 into known key 0 fails the signature
        assertThat(problems).containsOnly(Map.entry(TokenProblem.MALFORMED, 8),
                Map.entry(TokenProblem.UNKNOWN_KEY, 7), Map.entry(TokenProblem.BAD_SIGNATURE, 86 * 8 - 15));
    }

    @Test
    void test_everyCharacterChangeRefused() {
        int changes = 0;
        for (int i = 0; i < token.length(); i++) {
            for (char c : (ALPHABET + "a\u0000").toCharArray()) {
                if (c == token.charAt(i)) {
                    continue;
                }
                String changed = token.substring(0, i) + c + token.substring(i + 1);

                assertThat(verifier.verify(changed, DURING).isValid()).as("%c at %d", c, i).isFalse();
                changes++;
            }
        }
        assertThat(changes).isEqualTo(129 * 46);
    }
}
