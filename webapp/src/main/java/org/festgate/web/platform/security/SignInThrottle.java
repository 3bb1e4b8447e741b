package org.festgate.web.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Slows down password guessing: an account's first {@value #FREE_FAILURES} wrong passwords in a row cost
 * nothing more; each further one blocks the account's sign-in for twice as long as the one before, from
 * {@link #FIRST_BLOCK} up to {@link #LONGEST_BLOCK}. A correct password ends the series. The count lives in
 * the account's row, raised by one atomic update, so that all instances count the same guesses; the block is
 * short enough that someone who knows a user name cannot keep its owner out for long.
 */
@ApplicationScoped
public class SignInThrottle {

    /** Wrong passwords in a row before sign-in is blocked. */
    static final int FREE_FAILURES = 5;
    /** How long the first block lasts. */
    static final Duration FIRST_BLOCK = Duration.ofSeconds(30);
    /** The longest block. */
    static final Duration LONGEST_BLOCK = Duration.ofMinutes(15);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Until when the account's sign-in is blocked, if it is now; as the account was read. */
    public Optional<Instant> blockedUntil(UserAccount user) {
        return user.signInBlockedUntil().filter(clock.instant()::isBefore);
    }

    /** Counts a wrong password and blocks the account if it has had too many in a row. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void failed(UserAccount user) {
        em.createNativeQuery("UPDATE app_user SET failed_sign_ins = failed_sign_ins + 1 WHERE id = ?")
                .setParameter(1, user.id()).executeUpdate();
        int failures = ((Number) em.createNativeQuery("SELECT failed_sign_ins FROM app_user WHERE id = ?")
                .setParameter(1, user.id()).getSingleResult()).intValue();
        if (failures > FREE_FAILURES) {
            em.createNativeQuery("UPDATE app_user SET sign_in_blocked_until = ? WHERE id = ?")
                    .setParameter(1, clock.instant().plus(block(failures)).atOffset(ZoneOffset.UTC))
                    .setParameter(2, user.id()).executeUpdate();
        }
    }

    /** Ends a series of wrong passwords. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(UserAccount user) {
        em.createNativeQuery("UPDATE app_user SET failed_sign_ins = 0, sign_in_blocked_until = NULL"
                + " WHERE id = ? AND failed_sign_ins > 0").setParameter(1, user.id()).executeUpdate();
    }

    /** How long the failure with this number in a series blocks sign-in. */
    static Duration block(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES - 1, 10);
        Duration block = FIRST_BLOCK.multipliedBy(1L << doublings);
        return block.compareTo(LONGEST_BLOCK) > 0 ? LONGEST_BLOCK : block;
    }
}
