package org.festgate.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.festgate.web.platform.audit.AuditTrail;
import org.festgate.web.platform.persistence.OncePerDatabase;

/**
 * Creates the first administrator on the very first start. Its password comes from
 * {@code festgate.admin.password}, or is generated and printed once on the console: it is never logged.
 */
@ApplicationScoped
public class FirstAdministrator {

    private static final String STATE = "admin-bootstrap";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OncePerDatabase once;

    @Inject
    private PasswordHasher passwords;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "festgate.admin.username")
    private String username;

    @Inject
    @ConfigProperty(name = "festgate.admin.password")
    private Optional<String> configuredPassword;

    public void ensureExists() {
        var generated = new java.util.concurrent.atomic.AtomicReference<String>();
        once.run(STATE, state -> {
            if (!"pending".equals(state)) {
                return state;
            }
            String password = configuredPassword.orElseGet(() -> SecretTokens.newPassword(16));
            em.persist(new UserAccount(username, passwords.hash(password), EnumSet.of(Role.ADMIN), clock.instant()));
            audit.record("system", "user.created", "user:" + username, "first administrator");
            if (configuredPassword.isEmpty()) {
                generated.set(password);
            }
            return "done";
        });
        if (generated.get() != null) {
            // Printed once, on purpose, to the console of the first start (after the commit); never logged.
            System.out.println("Festgate first start: administrator '" + username + "' created with password "
                    + generated.get() + " (shown only now; change it after signing in)");
        }
    }
}
