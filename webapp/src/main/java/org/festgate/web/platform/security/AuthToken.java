package org.festgate.web.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A sign-in: a web session (cookie plus CSRF token) or an API bearer token. Only the SHA-256 of the secret
 * is stored, in the shared database, so every server instance recognises it.
 */
@Entity
@Table(name = "auth_token")
@NamedQuery(name = "AuthToken.findByHash",
        query = "SELECT t FROM AuthToken t JOIN FETCH t.user WHERE t.tokenHash = :hash")
@NamedQuery(name = "AuthToken.deleteExpired", query = "DELETE FROM AuthToken t WHERE t.expiresAt < :now")
public class AuthToken {

    /** How the secret travels. */
    public enum Kind {
        /** A browser session: HttpOnly cookie, and a CSRF token for every write. */
        SESSION,
        /** An API client: {@code Authorization: Bearer ...}. */
        API
    }

    @Id
    @SequenceGenerator(name = "auth_token_seq", sequenceName = "auth_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "auth_token_seq")
    private Long id;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "csrf_token", length = 64)
    private String csrfToken;

    @Column(length = 100)
    private String label;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected AuthToken() {
    }

    public AuthToken(String tokenHash, Kind kind, UserAccount user, String csrfToken, String label,
                     Instant createdAt, Instant expiresAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash, "token hash is required");
        this.kind = Objects.requireNonNull(kind, "kind is required");
        this.user = Objects.requireNonNull(user, "user is required");
        this.csrfToken = csrfToken;
        this.label = label;
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiry is required");
    }

    public Kind kind() {
        return kind;
    }

    public UserAccount user() {
        return user;
    }

    public Optional<String> csrfToken() {
        return Optional.ofNullable(csrfToken);
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
