package org.festgate.core.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.festgate.core.admission.Fixtures.ADMISSION;
import static org.festgate.core.admission.Fixtures.EVENT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.festgate.core.ticket.EntryPolicy;
import org.festgate.core.ticket.TicketVerification;
import org.festgate.core.ticket.TokenProblem;
import org.junit.jupiter.api.Test;

class ScanRecordTest {

    private static final UUID NONCE = UUID.fromString("0b6f3c1e-8a52-4d2e-9c1a-5e3f2b7d4a10");
    private static final Instant AT = Instant.parse("2026-02-17T03:42:00Z");

    @Test
    void test_admitted_refused() {
        ScanRecord admitted = ScanRecord.admitted(NONCE, 17, EVENT, "north-gate", Direction.IN, AT);
        ScanRecord refused = ScanRecord.refused(NONCE, 17, EVENT, "north-gate", Direction.OUT, AT,
                RefusalReason.NOT_INSIDE);

        assertThat(admitted.isAdmitted()).isTrue();
        assertThat(admitted.refusal()).isEmpty();
        assertThat(refused.isAdmitted()).isFalse();
        assertThat(refused.refusal()).contains(RefusalReason.NOT_INSIDE);
    }

    @Test
    void test_of_decision() {
        TicketVerification valid = new TicketVerification.Valid(Fixtures.claims(17,
                EntryPolicy.SINGLE_ENTRY));
        AdmissionDecision exit = ADMISSION.decide(valid, "south-gate", Direction.OUT, AT, List.of());

        assertThat(ScanRecord.of(NONCE, EVENT, "south-gate", exit)).isEqualTo(
                ScanRecord.refused(NONCE, 17, EVENT, "south-gate", Direction.OUT, AT, RefusalReason.NOT_INSIDE));
    }

    @Test
    void test_of_decisionWithoutTicket() {
        AdmissionDecision forged = ADMISSION.decide(
                new TicketVerification.Refused(TokenProblem.BAD_SIGNATURE, Optional.empty()),
                "north-gate", Direction.IN, AT, List.of());

        assertThatThrownBy(() -> ScanRecord.of(NONCE, EVENT, "north-gate", forged))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names no ticket");
    }

    @Test
    void test_badArguments() {
        assertThatThrownBy(() -> ScanRecord.admitted(NONCE, 17, EVENT, "North Gate", Direction.IN, AT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("North Gate");
        assertThatThrownBy(() -> ScanRecord.admitted(null, 17, EVENT, "north-gate", Direction.IN, AT))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("nonce");
        assertThatThrownBy(() -> ScanRecord.refused(NONCE, 17, EVENT, "north-gate", Direction.IN, AT, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("reason");
    }
}
