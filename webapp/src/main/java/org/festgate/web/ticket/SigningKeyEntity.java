package org.festgate.web.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.festgate.core.ticket.PublicTicketKey;
import org.festgate.core.ticket.SigningKey;

/**
 * A ticket signing key as stored. The PKCS#8 private key is a secret: it is read only to sign, never shown,
 * never logged ({@link #toString()} names the key id alone).
 */
@Entity
@Table(name = "ticket_signing_key")
@NamedQuery(name = "SigningKeyEntity.active",
        query = "SELECT k FROM SigningKeyEntity k WHERE k.retiredAt IS NULL ORDER BY k.keyId DESC")
@NamedQuery(name = "SigningKeyEntity.all", query = "SELECT k FROM SigningKeyEntity k ORDER BY k.keyId")
public class SigningKeyEntity {

    @Id
    @Column(name = "key_id")
    private int keyId;

    @Column(name = "public_key", nullable = false)
    private String publicKey;

    @Column(name = "private_key", nullable = false)
    private String privateKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected SigningKeyEntity() {
    }

    SigningKeyEntity(SigningKey key, Instant createdAt) {
        this.keyId = key.keyId();
        this.publicKey = key.publicKey().toBase64();
        this.privateKey = key.toPkcs8Base64();
        this.createdAt = createdAt;
    }

    int keyId() {
        return keyId;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant retiredAt() {
        return retiredAt;
    }

    void retire(Instant at) {
        this.retiredAt = at;
    }

    PublicTicketKey publicKey() {
        return PublicTicketKey.of(keyId, publicKey);
    }

    SigningKey signingKey() {
        return SigningKey.fromPkcs8(keyId, privateKey);
    }

    @Override
    public String toString() {
        return "SigningKeyEntity[keyId=" + keyId + "]";
    }
}
