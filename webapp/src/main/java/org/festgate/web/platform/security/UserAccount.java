package org.festgate.web.platform.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A person or device that signs in, with its roles and the PBKDF2 hash of its password. */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "UserAccount.findByUsername",
        query = "SELECT u FROM UserAccount u WHERE u.username = :username")
@NamedQuery(name = "UserAccount.findAll", query = "SELECT u FROM UserAccount u ORDER BY u.username")
public class UserAccount {

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(nullable = false, length = 200)
    private String roles;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Written only by {@link SignInThrottle}, with one atomic update; never by this entity. */
    @Column(name = "sign_in_blocked_until", insertable = false, updatable = false)
    private Instant signInBlockedUntil;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.username = Objects.requireNonNull(username, "username is required");
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash is required");
        this.createdAt = Objects.requireNonNull(createdAt, "creation time is required");
        setRoles(roles);
    }

    public Long id() {
        return id;
    }

    /** Until when {@link SignInThrottle} blocks sign-in, as read with this account; empty if never. */
    public Optional<Instant> signInBlockedUntil() {
        return Optional.ofNullable(signInBlockedUntil);
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<Role> roles() {
        if (roles.isEmpty()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roles.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void setRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("a user needs at least one role");
        }
        this.roles = EnumSet.copyOf(newRoles).stream().map(Role::name).collect(Collectors.joining(","));
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = Objects.requireNonNull(passwordHash, "password hash is required");
    }
}
