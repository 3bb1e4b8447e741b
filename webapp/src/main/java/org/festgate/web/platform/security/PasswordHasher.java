package org.festgate.web.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Hashes and checks passwords with PBKDF2-HMAC-SHA256 (Jakarta Security's {@link Pbkdf2PasswordHash}). */
@ApplicationScoped
public class PasswordHasher {

    /** Minimum length of a password chosen by a person. */
    public static final int MIN_LENGTH = 10;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000",
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    private String decoy;

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return pbkdf2.verify(password.toCharArray(), hash);
    }

    /** A hash of a random password, to verify against when there is no user, so that costs the same time. */
    public synchronized String decoy() {
        if (decoy == null) {
            decoy = hash(SecretTokens.newSecret());
        }
        return decoy;
    }
}
