package org.festgate.core.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.festgate.core.admission.Direction.IN;
import static org.festgate.core.admission.Direction.OUT;
import static org.festgate.core.admission.Fixtures.ADMISSION;
import static org.festgate.core.admission.Fixtures.EVENT;
import static org.festgate.core.admission.Fixtures.KEY;
import static org.festgate.core.admission.Fixtures.VERIFIER;
import static org.festgate.core.admission.Fixtures.claims;
import static org.festgate.core.admission.Fixtures.local;
import static org.festgate.core.admission.Fixtures.token;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.festgate.core.ticket.EntryPolicy;
import org.festgate.core.ticket.RevocationList;
import org.festgate.core.ticket.SigningKey;
import org.festgate.core.ticket.TicketClaims;
import org.festgate.core.ticket.TicketSigner;
import org.junit.jupiter.api.Test;

class OfflineGateTest {

    private static final Instant TEN = local("2026-02-17T10:00");

    private static OfflineGate gate() {
        return OfflineGate.of(ADMISSION, Set.of("north-gate", "south-gate"), VERIFIER);
    }

    /** 64 threads scan one ticket at once; repeated over several tickets, since a race shows only sometimes. */
    @Test
    void test_scan_concurrentScansOfOneSingleEntryTicket_admitOnce() throws Exception {
        int threads = 64;
        int rounds = 60;
        OfflineGate gate = gate();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (long ticketId = 1; ticketId <= rounds; ticketId++) {
                List<AdmissionDecision> decisions = scanAtOnce(pool, threads, gate, token(ticketId,
                        EntryPolicy.SINGLE_ENTRY));

                assertThat(decisions).as("ticket %d", ticketId).filteredOn(AdmissionDecision::isAdmitted)
                        .hasSize(1);
                assertThat(decisions).filteredOn(d -> !d.isAdmitted())
                        .allSatisfy(d -> assertThat(d.reason()).contains(RefusalReason.ALREADY_USED));
                assertThat(gate.scansOf(ticketId)).hasSize(threads).filteredOn(ScanRecord::isAdmitted).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(gate.scanLog()).hasSize(threads * rounds);
        assertThat(gate.pendingScans()).hasSize(threads * rounds);
        assertThat(gate.scanLog().stream().map(ScanRecord::nonce).distinct()).hasSize(threads * rounds);
    }

    private static List<AdmissionDecision> scanAtOnce(ExecutorService pool, int threads, OfflineGate gate,
                                                      String token) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AdmissionDecision>> futures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String entrance = i % 2 == 0 ? "north-gate" : "south-gate";
            Instant at = TEN.plusMillis(i);
            Callable<AdmissionDecision> scan = () -> {
                start.await();
                return gate.scan(token, entrance, IN, at);
            };
            futures.add(pool.submit(scan));
        }
        start.countDown();
        List<AdmissionDecision> decisions = new ArrayList<>();
        for (Future<AdmissionDecision> future : futures) {
            decisions.add(future.get());
        }
        return decisions;
    }

    @Test
    void test_pendingScans_acknowledge() {
        OfflineGate gate = gate();
        String token = token(1, EntryPolicy.SINGLE_ENTRY);
        gate.scan(token, "north-gate", IN, TEN);
        gate.scan(token, "north-gate", OUT, TEN.plusSeconds(60));
        gate.scan(token, "south-gate", IN, TEN.plusSeconds(120));
        List<ScanRecord> pending = gate.pendingScans();
        assertThat(pending).extracting(ScanRecord::direction).containsExactly(IN, OUT, IN);
        assertThat(pending.get(0)).isEqualTo(ScanRecord.admitted(pending.get(0).nonce(), 1, EVENT, "north-gate",
                IN, TEN));

        gate.acknowledge(List.of(pending.get(0).nonce(), pending.get(1).nonce(), UUID.randomUUID()));
        gate.acknowledge(List.of(pending.get(0).nonce()));

        assertThat(gate.pendingScans()).containsExactly(pending.get(2));
        assertThat(gate.scanLog()).isEqualTo(pending);
        assertThat(gate.scan(token, "north-gate", IN, TEN.plusSeconds(180)).reason())
                .as("acknowledged scans still count").contains(RefusalReason.ALREADY_USED);
    }

    @Test
    void test_applyPackage_remoteScanIsRefusedHere() {
        OfflineGate gate = gate();
        String token = token(1, EntryPolicy.SINGLE_ENTRY);
        ScanRecord elsewhere = ScanRecord.admitted(UUID.randomUUID(), 1, EVENT, "east-gate", IN,
                local("2026-02-17T09:15"));

        gate.applyPackage(OfflinePackage.of(5, List.of(KEY.publicKey()), RevocationList.empty(),
                List.of(elsewhere)));
        AdmissionDecision decision = gate.scan(token, "north-gate", IN, TEN);

        assertThat(gate.syncVersion()).isEqualTo(5);
        assertThat(decision.reason()).contains(RefusalReason.ALREADY_USED);
        assertThat(decision.earlierScan()).contains(elsewhere);
        assertThat(decision.message("vi")).isEqualTo("Vé đã dùng lúc 09:15 tại Cổng Đông");
        assertThat(decision.message("en")).isEqualTo("Already used at 09:15 at the East entrance");
        assertThat(gate.scanLog()).hasSize(1).noneMatch(ScanRecord::isAdmitted);
        assertThat(gate.pendingScans()).doesNotContain(elsewhere);
    }

    @Test
    void test_applyPackage_ownScansSentBackCountOnce() {
        OfflineGate gate = gate();
        String token = token(1, EntryPolicy.REENTRY_AFTER_EXIT);
        gate.scan(token, "north-gate", IN, TEN);
        gate.scan(token, "north-gate", OUT, TEN.plusSeconds(60));
        ScanRecord elsewhere = ScanRecord.admitted(UUID.randomUUID(), 1, EVENT, "east-gate", IN,
                TEN.plusSeconds(90));
        List<ScanRecord> sent = new ArrayList<>(gate.scanLog());
        sent.add(elsewhere);

        gate.applyPackage(OfflinePackage.of(1, List.of(KEY.publicKey()), RevocationList.empty(), sent));
        gate.applyPackage(OfflinePackage.of(1, List.of(KEY.publicKey()), RevocationList.empty(), sent));

        assertThat(gate.scansOf(1)).isEqualTo(sent);
        assertThat(gate.scansOf(2)).isEmpty();
        assertThat(gate.scanLog()).hasSize(2);
        assertThat(gate.scan(token, "north-gate", IN, TEN.plusSeconds(120)).reason())
                .as("entered at the east gate").contains(RefusalReason.ALREADY_USED);
    }

    @Test
    void test_applyPackage_keysAndRevocationsReplaceTheGates() {
        OfflineGate gate = gate();
        SigningKey newKey = SigningKey.generate(2);
        TicketClaims old = claims(1, EntryPolicy.MULTIPLE_ENTRY);
        String newToken = TicketSigner.of(newKey).sign(TicketClaims.of(2, EVENT, old.ticketTypeId(),
                old.validFrom(), old.validUntil(), EntryPolicy.MULTIPLE_ENTRY, newKey.keyId()));
        assertThat(gate.scan(newToken, "north-gate", IN, TEN).reason())
                .contains(RefusalReason.NOT_A_FESTGATE_TICKET);
        assertThat(gate.scanLog()).as("a code naming no ticket is not logged").isEmpty();

        gate.applyPackage(OfflinePackage.of(3, List.of(newKey.publicKey()), RevocationList.of(List.of(2L)),
                List.of()));

        assertThat(gate.scan(newToken, "north-gate", IN, TEN).reason()).contains(RefusalReason.REVOKED);
        assertThat(gate.scan(token(1, EntryPolicy.MULTIPLE_ENTRY), "north-gate", IN, TEN).reason())
                .as("the retired key").contains(RefusalReason.NOT_A_FESTGATE_TICKET);
        gate.applyPackage(OfflinePackage.of(3, List.of(newKey.publicKey()), RevocationList.empty(), List.of()));
        assertThat(gate.scan(newToken, "north-gate", IN, TEN).isAdmitted()).isTrue();
        assertThatThrownBy(() -> gate.applyPackage(
                OfflinePackage.of(2, List.of(newKey.publicKey()), RevocationList.empty(), List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("package version 2");
    }

    @Test
    void test_scan_entranceNotServed() {
        assertThatThrownBy(() -> gate().scan(token(1, EntryPolicy.SINGLE_ENTRY), "east-gate", IN, TEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("east-gate");
    }

    @Test
    void test_of_badArguments() {
        assertThatThrownBy(() -> OfflineGate.of(ADMISSION, Set.of(), VERIFIER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entranceKeys");
        assertThatThrownBy(() -> OfflineGate.of(ADMISSION, Set.of("North"), VERIFIER))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("North");
        assertThatThrownBy(() -> OfflinePackage.of(1, List.of(), RevocationList.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keys");
        assertThatThrownBy(() -> OfflinePackage.of(-1, List.of(KEY.publicKey()), RevocationList.empty(),
                List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
    }
}
