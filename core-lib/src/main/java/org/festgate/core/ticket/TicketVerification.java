package org.festgate.core.ticket;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@link TicketVerifier#verify(CharSequence, java.time.Instant)}: either {@link Valid} with the
 * claims, or {@link Refused} with the problem.
 */
public sealed interface TicketVerification {

    /**
     * Tells whether the token was accepted.
     *
     * @return true for {@link Valid}, false for {@link Refused}
     */
    boolean isValid();

    /**
     * A genuine ticket, not revoked, valid at the time of the check.
     *
     * @param claims the signed claims, not null
     */
    record Valid(TicketClaims claims) implements TicketVerification {

        /**
         * Creates a valid answer.
         *
         * @throws NullPointerException if the claims are null
         */
        public Valid {
            Objects.requireNonNull(claims, "claims is required");
        }

        @Override
        public boolean isValid() {
            return true;
        }
    }

    /**
     * A refused token.
     *
     * @param problem why it was refused, not null
     * @param claims  the claims when the signature was good (the problem is then {@link TokenProblem#REVOKED},
     *                {@link TokenProblem#NOT_YET_VALID} or {@link TokenProblem#EXPIRED}), so that a gate keeper
     *                can be told which ticket it was; otherwise empty. Not null
     */
    record Refused(TokenProblem problem, Optional<TicketClaims> claims) implements TicketVerification {

        /**
         * Creates a refusal.
         *
         * @throws NullPointerException if an argument is null
         */
        public Refused {
            Objects.requireNonNull(problem, "problem is required");
            Objects.requireNonNull(claims, "claims is required");
        }

        @Override
        public boolean isValid() {
            return false;
        }
    }
}
