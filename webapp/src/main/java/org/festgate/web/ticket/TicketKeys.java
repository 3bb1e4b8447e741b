package org.festgate.web.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.festgate.core.ticket.PublicTicketKey;
import org.festgate.core.ticket.RevocationList;
import org.festgate.core.ticket.SigningKey;
import org.festgate.core.ticket.TicketClaims;
import org.festgate.core.ticket.TicketVerifier;
import org.festgate.web.platform.StartupTasks;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.platform.persistence.DataVersions;
import org.festgate.web.platform.persistence.OncePerDatabase;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * The Ed25519 keys that sign ticket tokens. The first start creates key 1; an administrator rotates to the next
 * key id, which then signs, while older keys keep verifying until they are retired. Creating and retiring keys
 * take the lock of the {@code ticket-keys} state row, so two instances never create the same key id. Every
 * change is audited; private keys never leave this class but as signatures.
 */
@ApplicationScoped
public class TicketKeys {

    /** A key as administrators see it: never the private half. */
    public record KeyView(int keyId, String publicKey, Instant createdAt, Instant retiredAt,
                          boolean signing) {
    }

    private static final String STATE = "ticket-keys";

    @Inject
    private TicketRepository repository;

    @Inject
    private OncePerDatabase once;

    @Inject
    private AuditTrail audit;

    @Inject
    private DataVersions versions;

    @Inject
    private Clock clock;

    /** On the very first start (across all instances), creates key 1. */
    void onSchemaReady(@Observes StartupTasks.SchemaReady ready) {
        once.run(STATE, state -> {
            if ("none".equals(state)) {
                create(1, "system");
                return "key 1";
            }
            return state;
        });
    }

    /** Creates the next key, which signs from now on. */
    @Transactional
    public KeyView rotate(String actor) {
        AtomicReference<Integer> created = new AtomicReference<>();
        once.run(STATE, state -> {
            int next = repository.allKeys().stream().mapToInt(SigningKeyEntity::keyId).max().orElse(0) + 1;
            if (next > TicketClaims.MAX_KEY_ID) {
                throw new ProblemException(Problem.conflict("keyId", "all " + TicketClaims.MAX_KEY_ID
                        + " key ids are used"));
            }
            create(next, actor);
            created.set(next);
            return "key " + next;
        });
        return keys().stream().filter(k -> k.keyId() == created.get()).findFirst().orElseThrow();
    }

    /** Retires a key: tokens it signed are refused from now on. The signing key cannot be retired. */
    @Transactional
    public KeyView retire(int keyId, String actor) {
        once.run(STATE, state -> {
            SigningKeyEntity key = repository.key(keyId).orElseThrow(() -> new ProblemException(
                    Problem.notFound("ticket key", Integer.toString(keyId))));
            if (repository.activeKeys().get(0).keyId() == keyId) {
                throw new ProblemException(Problem.conflict("keyId", "key " + keyId
                        + " signs tickets now: rotate first"));
            }
            if (key.retiredAt() == null) {
                key.retire(clock.instant());
                versions.raise(EventGates.DATA);
                audit.record(actor, "ticket-key.retired", "ticket-key:" + keyId, null);
            }
            return state;
        });
        return keys().stream().filter(k -> k.keyId() == keyId).findFirst().orElseThrow();
    }

    /** Every key, oldest first. */
    @Transactional
    public List<KeyView> keys() {
        List<SigningKeyEntity> all = repository.allKeys();
        int signing = repository.activeKeys().get(0).keyId();
        return all.stream().map(k -> new KeyView(k.keyId(), k.publicKey().toBase64(), k.createdAt(), k.retiredAt(),
                k.keyId() == signing)).toList();
    }

    /** The key that signs new tickets: the newest not retired. */
    @Transactional(Transactional.TxType.MANDATORY)
    SigningKey signingKey() {
        return repository.activeKeys().get(0).signingKey();
    }

    /** The public keys that verify tickets: every key not retired. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PublicTicketKey> publicKeys() {
        return repository.activeKeys().stream().map(SigningKeyEntity::publicKey).toList();
    }

    /** A verifier with every valid key and the whole revocation list, as committed now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TicketVerifier verifier() {
        return TicketVerifier.of(publicKeys(), RevocationList.of(repository.revokedIds()));
    }

    private void create(int keyId, String actor) {
        SigningKey key = SigningKey.generate(keyId);
        repository.store(new SigningKeyEntity(key, clock.instant()));
        versions.raise(EventGates.DATA);
        audit.record(actor, "ticket-key.created", "ticket-key:" + keyId, "public key " + key.publicKey().toBase64());
    }
}
