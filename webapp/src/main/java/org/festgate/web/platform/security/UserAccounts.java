package org.festgate.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/** The accounts: created by administrators, each creation audited; passwords stored only as PBKDF2 hashes. */
@ApplicationScoped
public class UserAccounts {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher passwords;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    private SignIns signIns;

    @Transactional
    public List<UserAccount> all() {
        return em.createNamedQuery("UserAccount.findAll", UserAccount.class).getResultList();
    }

    /**
     * Changes a user's own password after checking the current one, and ends every sign-in of the user.
     *
     * @throws ProblemException 400 naming {@code currentPassword} when it is wrong
     */
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        UserAccount user = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username).getSingleResult();
        if (!passwords.matches(currentPassword, user.passwordHash())) {
            throw new ProblemException(Problem.invalidField("currentPassword", "is not the current password"));
        }
        user.setPasswordHash(passwords.hash(newPassword));
        signIns.signOutEverywhere(user);
        audit.record(username, "user.password-changed", "user:" + username, null);
    }

    /**
     * Creates an account.
     *
     * @throws ProblemException 409 when the user name is taken
     */
    @Transactional
    public UserAccount create(String username, String password, Set<Role> roles, String actor) {
        boolean taken = !em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username).getResultList().isEmpty();
        if (taken) {
            throw new ProblemException(Problem.conflict("username", "already taken"));
        }
        UserAccount account = new UserAccount(username, passwords.hash(password), roles, clock.instant());
        em.persist(account);
        audit.record(actor, "user.created", "user:" + username, "roles " + roles);
        return account;
    }
}
