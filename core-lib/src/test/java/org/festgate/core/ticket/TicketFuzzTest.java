package org.festgate.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.festgate.core.ticket.Tickets.DURING;
import static org.festgate.core.ticket.Tickets.KEY_1;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.festgate.core.ticket.TicketVerification.Refused;

/**
 * Random and truncated input never passes and never throws: each case must come back as a {@link Refused} (an
 * exception fails the property).
 */
class TicketFuzzTest {

    private static final String BASE45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
    private static final TicketVerifier VERIFIER = Tickets.verifier(KEY_1);
    private static final String TOKEN = Tickets.token(42, KEY_1);

    @Property(tries = 10_000)
    void test_randomStrings(@ForAll String text) {
        assertRefused(text);
    }

    @Property(tries = 10_000)
    void test_randomBase45TextOfTokenLength(@ForAll("base45Tokens") String text) {
        assertRefused(text);
    }

    @Property(tries = 10_000)
    void test_randomBytes(@ForAll @Size(max = 200) byte[] bytes) {
        assertRefused(Base45.encode(bytes));
    }

    /** Random bytes shaped like a token with a known key reach the signature check, and fail it. */
    @Property(tries = 10_000)
    void test_randomSignedLookingBytes(@ForAll @Size(value = 86) byte[] bytes) {
        bytes[0] = TicketCodec.VERSION;
        bytes[1] = (byte) KEY_1.keyId();

        assertThat(VERIFIER.verify(Base45.encode(bytes), DURING))
                .isEqualTo(new Refused(TokenProblem.BAD_SIGNATURE, Optional.empty()));
    }

    @Example
    void test_everyTruncationRefused() {
        for (int length = 0; length < TOKEN.length(); length++) {
            assertRefused(TOKEN.substring(0, length));
            assertRefused(TOKEN.substring(TOKEN.length() - length));
        }
        assertRefused(TOKEN + "0");
        assertRefused(TOKEN + TOKEN);
        assertThat(VERIFIER.verify(TOKEN, DURING).isValid()).isTrue();
    }

    @Provide
    Arbitrary<String> base45Tokens() {
        return Arbitraries.strings().withChars(BASE45.toCharArray()).ofLength(TicketCodec.TOKEN_LENGTH);
    }

    private static void assertRefused(String text) {
        assertThat(VERIFIER.verify(text, DURING)).isInstanceOf(Refused.class);
    }
}
