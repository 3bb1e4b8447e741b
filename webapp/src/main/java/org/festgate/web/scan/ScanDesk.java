package org.festgate.web.scan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.festgate.core.admission.AdmissionDecision;
import org.festgate.core.admission.ScanRecord;
import org.festgate.core.ticket.TicketClaims;
import org.festgate.core.ticket.TicketVerification;
import org.festgate.web.ticket.EventGates;

/**
 * Decides and records one scan in one transaction. A scan of a genuine ticket of this event first locks the
 * ticket's row, so all scans of one ticket, on every instance, are decided one after the other: the second
 * entry of a single-entry ticket sees the first one's committed row and is refused. After the lock the nonce is
 * looked up again, so a repeated nonce is answered from the stored scan.
 */
@ApplicationScoped
public class ScanDesk {

    @Inject
    private ScanRepository repository;

    @Inject
    private EventGates gates;

    @Inject
    private Clock clock;

    @Transactional
    public ScanAnswer decide(ScannerDevice device, ScanRequest request) {
        TicketVerification verification = gates.verifier().verify(request.token(), request.at());
        Optional<TicketClaims> claims = claimsOf(verification);
        claims.filter(c -> c.eventId() == device.eventId()).ifPresent(c -> gates.lockTicket(c.ticketId()));
        Optional<ScanEntity> seen = repository.byNonce(request.nonce().toString());
        if (seen.isPresent()) {
            return seen.get().toAnswer();
        }
        List<ScanRecord> earlier = claims.map(c -> repository.admittedOf(c.ticketId())
                .stream().map(ScanEntity::toRecord).toList()).orElse(List.of());
        AdmissionDecision decision = gates.gate(device.eventId()).admission().decide(verification,
                request.entranceKey(), request.direction(), request.at(), earlier);
        ScanEntity scan = new ScanEntity(request, device, decision, clock.instant());
        repository.store(scan);
        return scan.toAnswer();
    }

    /** The stored answer of a nonce, read in a fresh transaction after a concurrent insert won the race. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ScanAnswer> stored(String nonce) {
        return repository.byNonce(nonce).map(ScanEntity::toAnswer);
    }

    /** The claims of a genuinely signed token, also when it is revoked or outside its validity. */
    private static Optional<TicketClaims> claimsOf(TicketVerification verification) {
        if (verification instanceof TicketVerification.Valid valid) {
            return Optional.of(valid.claims());
        }
        return ((TicketVerification.Refused) verification).claims();
    }
}
