package org.festgate.web.scan;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.festgate.core.admission.AdmissionDecision;
import org.festgate.core.admission.ScanRecord;
import org.festgate.core.ticket.TicketClaims;
import org.festgate.core.ticket.TicketVerification;
import org.festgate.web.platform.persistence.FestgateDataSource;
import org.festgate.web.ticket.EventGates;

/**
 * Decides and records one scan in one transaction. A scan of a genuine ticket of this event first locks the
 * ticket's row, so all scans of one ticket, on every instance, are decided one after the other: the second
 * entry of a single-entry ticket sees the first one's committed row and is refused. A nonce already recorded fails
 * the insert on its unique constraint, and the caller answers with the stored scan ({@link #stored}).
 * <p>
 * The statements run in plain JDBC ({@link ScanLedger}) on the transaction's connection, which the container
 * shares with JPA within the transaction.
 */
@ApplicationScoped
public class ScanDesk {

    @Inject
    private ScanRepository repository;

    @Inject
    private EventGates gates;

    @Inject
    private Clock clock;

    @Resource(lookup = FestgateDataSource.JNDI_NAME)
    private DataSource dataSource;

    /**
     * @throws PersistenceException when the database refuses: a lock wait that timed out (answered 503 to retry),
     *         or the nonce already recorded
     */
    @Transactional
    public ScanAnswer decide(ScannerDevice device, ScanRequest request) {
        TicketVerification verification = gates.verifier().verify(request.token(), request.at());
        Optional<TicketClaims> claims = claimsOf(verification);
        try (Connection connection = dataSource.getConnection()) {
            ScanLedger ledger = new ScanLedger(connection);
            List<ScanRecord> earlier = List.of();
            if (claims.isPresent()) {
                long ticketId = claims.get().ticketId();
                if (claims.get().eventId() == device.eventId()) {
                    ledger.lockTicket(ticketId);
                }
                earlier = ledger.admittedOf(ticketId);
            }
            AdmissionDecision decision = gates.gate(device.eventId()).admission().decide(verification,
                    request.entranceKey(), request.direction(), request.at(), earlier);
            ScanEntity scan = new ScanEntity(request, device, decision, clock.instant());
            ledger.record(scan);
            return scan.toAnswer();
        } catch (SQLException e) {
            throw new PersistenceException("scan " + request.nonce() + " not recorded: " + e.getMessage(), e);
        }
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
