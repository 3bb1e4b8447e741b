package org.festgate.web.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The audit log of administrative changes (and, later, admissions). An entry joins the caller's transaction,
 * so a change and its audit line are stored together or not at all.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Records an action.
     *
     * @param actor the user name, or "system"
     * @param action a dotted verb such as {@code festival.created}
     * @param subject the object, such as {@code festival:hoa-ban}
     * @param detail free text; never a secret
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String subject, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, action, subject, detail));
    }

    /** The newest entries first. */
    @Transactional
    public List<AuditEntry> latest(int max) {
        return em.createQuery("SELECT a FROM AuditEntry a ORDER BY a.at DESC, a.id DESC", AuditEntry.class)
                .setMaxResults(max).getResultList();
    }
}
