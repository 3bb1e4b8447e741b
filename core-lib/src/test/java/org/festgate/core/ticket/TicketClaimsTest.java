package org.festgate.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.festgate.core.ticket.Tickets.FROM;
import static org.festgate.core.ticket.Tickets.UNTIL;

import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TicketClaimsTest {

    private static final EntryPolicy POLICY = EntryPolicy.MULTIPLE_ENTRY;

    static Stream<Arguments> badClaims() {
        Instant epoch = TicketClaims.EPOCH;
        return Stream.of(
                Arguments.of("ticketId", (Runnable) () -> TicketClaims.of(0, 1, 1, FROM, UNTIL, POLICY, 1)),
                Arguments.of("ticketId", (Runnable) () -> TicketClaims.of(1L << 48, 1, 1, FROM, UNTIL, POLICY, 1)),
                Arguments.of("eventId", (Runnable) () -> TicketClaims.of(1, 0, 1, FROM, UNTIL, POLICY, 1)),
                Arguments.of("ticketTypeId", (Runnable) () -> TicketClaims.of(1, 1, -1, FROM, UNTIL, POLICY, 1)),
                Arguments.of("ticketTypeId", (Runnable) () -> TicketClaims.of(1, 1, 65536, FROM, UNTIL, POLICY, 1)),
                Arguments.of("keyId", (Runnable) () -> TicketClaims.of(1, 1, 1, FROM, UNTIL, POLICY, 256)),
                Arguments.of("keyId", (Runnable) () -> TicketClaims.of(1, 1, 1, FROM, UNTIL, POLICY, -1)),
                Arguments.of("validFrom must be a whole minute",
                        (Runnable) () -> TicketClaims.of(1, 1, 1, FROM.plusSeconds(1), UNTIL, POLICY, 1)),
                Arguments.of("validUntil must be a whole minute",
                        (Runnable) () -> TicketClaims.of(1, 1, 1, FROM, UNTIL.plusNanos(1), POLICY, 1)),
                Arguments.of("validFrom must be from",
                        (Runnable) () -> TicketClaims.of(1, 1, 1, epoch.minusSeconds(60), UNTIL, POLICY, 1)),
                Arguments.of("validFrom must be from", (Runnable) () -> TicketClaims.of(1, 1, 1,
                        TicketClaims.MAX_VALID_FROM.plusSeconds(60), TicketClaims.MAX_VALID_FROM.plusSeconds(120),
                        POLICY, 1)),
                Arguments.of("validUntil must be after", (Runnable) () -> TicketClaims.of(1, 1, 1, FROM, FROM,
                        POLICY, 1)),
                Arguments.of("longer than", (Runnable) () -> TicketClaims.of(1, 1, 1, epoch,
                        epoch.plus(TicketClaims.MAX_VALIDITY).plusSeconds(60), POLICY, 1)));
    }

    @ParameterizedTest
    @MethodSource("badClaims")
    void test_of_badValue(String named, Runnable creation) {
        assertThatIllegalArgumentException().isThrownBy(creation::run).withMessageContaining(named);
    }

    @Test
    void test_of_nulls() {
        assertThatNullPointerException().isThrownBy(() -> TicketClaims.of(1, 1, 1, null, UNTIL, POLICY, 1))
                .withMessage("validFrom is required");
        assertThatNullPointerException().isThrownBy(() -> TicketClaims.of(1, 1, 1, FROM, null, POLICY, 1))
                .withMessage("validUntil is required");
        assertThatNullPointerException().isThrownBy(() -> TicketClaims.of(1, 1, 1, FROM, UNTIL, null, 1))
                .withMessage("policy is required");
    }

    @Test
    void test_of_limits() {
        TicketClaims claims = Tickets.largestClaims();

        assertThat(claims.ticketId()).isEqualTo(281_474_976_710_655L);
        assertThat(TicketClaims.of(1, 1, 0, TicketClaims.EPOCH, TicketClaims.EPOCH.plusSeconds(60), POLICY, 0)
                .ticketTypeId()).isZero();
    }

    @Test
    void test_isValidAt_halfOpen() {
        TicketClaims claims = TicketClaims.of(1, 1, 1, FROM, UNTIL, POLICY, 1);

        assertThat(claims.isValidAt(FROM.minusNanos(1))).isFalse();
        assertThat(claims.isValidAt(FROM)).isTrue();
        assertThat(claims.isValidAt(UNTIL.minusNanos(1))).isTrue();
        assertThat(claims.isValidAt(UNTIL)).isFalse();
    }
}
