package org.festgate.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.festgate.core.ticket.Tickets.DURING;
import static org.festgate.core.ticket.Tickets.KEY_1;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SigningKeyTest {

    /** DER prefix of an Ed25519 public key in X.509 SubjectPublicKeyInfo (RFC 8410). */
    private static final String X509_PREFIX = "302a300506032b6570032100";

    @Test
    void test_fromPkcs8_roundTrip() {
        SigningKey copy = SigningKey.fromPkcs8(1, KEY_1.toPkcs8Base64());

        assertThat(copy.publicKey()).isEqualTo(KEY_1.publicKey());
        assertThat(Tickets.verifier(KEY_1).verify(Tickets.token(42, copy), DURING).isValid()).isTrue();
    }

    @Test
    void test_generate_distinctKeys() {
        assertThat(SigningKey.generate(1).publicKey()).isNotEqualTo(SigningKey.generate(1).publicKey());
    }

    /** The JDK's own Ed25519 reads our exported key and checks our signatures: both follow RFC 8032/8410. */
    @Test
    void test_interoperatesWithJdk() throws Exception {
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        var jdkPrivate = factory.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(KEY_1.toPkcs8Base64())));
        var jdkPublic = factory.generatePublic(new X509EncodedKeySpec(concat(X509_PREFIX,
                Base64.getUrlDecoder().decode(KEY_1.publicKey().toBase64()))));
        byte[] message = "festgate".getBytes(StandardCharsets.US_ASCII);

        Signature jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(jdkPublic);
        jdk.update(message);
        assertThat(jdk.verify(KEY_1.sign(message))).isTrue();

        jdk.initSign(jdkPrivate);
        jdk.update(message);
        assertThat(jdk.sign()).isEqualTo(KEY_1.sign(message));
    }

    @Test
    void test_fromPkcs8_jdkGeneratedKey() throws Exception {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        SigningKey key = SigningKey.fromPkcs8(5, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));

        byte[] x509 = pair.getPublic().getEncoded();
        assertThat(Base64.getUrlDecoder().decode(key.publicKey().toBase64()))
                .isEqualTo(Arrays.copyOfRange(x509, x509.length - 32, x509.length));
    }

    @Test
    void test_fromPkcs8_bad() {
        assertThatIllegalArgumentException().isThrownBy(() -> SigningKey.fromPkcs8(1, "not base64 !"))
                .withMessage("private key is not Base64");
        assertThatIllegalArgumentException().isThrownBy(() -> SigningKey.fromPkcs8(1, "AAAA"))
                .withMessage("private key is not an Ed25519 key in PKCS#8 (RFC 8410)");
        assertThatIllegalArgumentException().isThrownBy(() -> SigningKey.fromPkcs8(256, KEY_1.toPkcs8Base64()))
                .withMessageContaining("keyId");
    }

    @Test
    void test_toString_hidesPrivateKey() {
        assertThat(KEY_1.toString()).isEqualTo("SigningKey[1:" + KEY_1.publicKey().toBase64() + "]")
                .doesNotContain(KEY_1.toPkcs8Base64().substring(24));
    }

    private static byte[] concat(String hexPrefix, byte[] tail) {
        byte[] prefix = HexFormat.of().parseHex(hexPrefix);
        byte[] all = Arrays.copyOf(prefix, prefix.length + tail.length);
        System.arraycopy(tail, 0, all, prefix.length, tail.length);
        return all;
    }
}
