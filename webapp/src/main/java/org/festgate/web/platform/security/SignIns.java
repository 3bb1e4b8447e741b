package org.festgate.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * Signs users in and out and recognises their secrets: web sessions and API bearer tokens, all kept (hashed)
 * in the shared database.
 */
@ApplicationScoped
public class SignIns {

    /** A new sign-in: the secret to hand to the client (shown once) and what it grants. */
    public record Issued(String secret, Caller caller, Instant expiresAt) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher passwords;

    @Inject
    private SignInThrottle throttle;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "festgate.auth.session-hours")
    private int sessionHours;

    @Inject
    @ConfigProperty(name = "festgate.auth.token-days")
    private int tokenDays;

    /**
     * Checks a user name and password and opens a sign-in of the given kind.
     *
     * @return the new sign-in, or empty when the user or the password is wrong
     * @throws ProblemException 429 with the time to wait, while {@link SignInThrottle} blocks the account
     */
    @Transactional
    public Optional<Issued> signIn(String username, String password, AuthToken.Kind kind, String label) {
        Optional<UserAccount> user = em.createNamedQuery("UserAccount.findByUsername", UserAccount.class)
                .setParameter("username", username).getResultStream().findFirst();
        Optional<Instant> blocked = user.flatMap(throttle::blockedUntil);
        if (blocked.isPresent()) {
            long wait = Math.max(1, (Duration.between(clock.instant(), blocked.get()).toMillis() + 999) / 1000);
            throw new ProblemException(Problem.of(Response.Status.TOO_MANY_REQUESTS, "too many wrong passwords"
                    + " for this user: try again in " + wait + " s"), Duration.ofSeconds(wait));
        }
        // An unknown user costs the same PBKDF2 work as a wrong password: timing does not tell which names exist.
        boolean matches = passwords.matches(password, user.map(UserAccount::passwordHash).orElse(passwords.decoy()));
        if (user.isEmpty()) {
            return Optional.empty();
        }
        if (!matches) {
            throttle.failed(user.get());
            return Optional.empty();
        }
        throttle.succeeded(user.get());
        Instant now = clock.instant();
        Duration lifetime = kind == AuthToken.Kind.SESSION ? Duration.ofHours(sessionHours) : Duration.ofDays(tokenDays);
        String secret = SecretTokens.newSecret();
        String csrf = kind == AuthToken.Kind.SESSION ? SecretTokens.newSecret() : null;
        AuthToken token = new AuthToken(SecretTokens.hash(secret), kind, user.get(), csrf, label, now, now.plus(lifetime));
        em.persist(token);
        return Optional.of(new Issued(secret, toCaller(token), token.expiresAt()));
    }

    /** The caller behind a secret of the given kind, if it is known and not expired. */
    @Transactional
    public Optional<Caller> recognise(String secret, AuthToken.Kind kind) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery("AuthToken.findByHash", AuthToken.class)
                .setParameter("hash", SecretTokens.hash(secret)).getResultStream().findFirst()
                .filter(t -> t.kind() == kind && !t.isExpiredAt(clock.instant()))
                .map(SignIns::toCaller);
    }

    /** Removes expired sessions and tokens. */
    @Transactional
    public int purgeExpired() {
        return em.createNamedQuery("AuthToken.deleteExpired").setParameter("now", clock.instant()).executeUpdate();
    }

    /** Ends every sign-in of a user, such as after a change of password. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void signOutEverywhere(UserAccount user) {
        em.createQuery("DELETE FROM AuthToken t WHERE t.user = :user").setParameter("user", user).executeUpdate();
    }

    /** Ends the sign-in behind a secret; unknown secrets are ignored. */
    @Transactional
    public void signOut(String secret) {
        em.createQuery("DELETE FROM AuthToken t WHERE t.tokenHash = :hash")
                .setParameter("hash", SecretTokens.hash(secret)).executeUpdate();
    }

    private static Caller toCaller(AuthToken token) {
        return new Caller(token.user().username(), token.user().roles(), token.kind(), token.csrfToken().orElse(null));
    }
}
