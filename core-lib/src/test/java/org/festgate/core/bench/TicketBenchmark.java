package org.festgate.core.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.festgate.core.ticket.Base45;
import org.festgate.core.ticket.EntryPolicy;
import org.festgate.core.ticket.RevocationList;
import org.festgate.core.ticket.SigningKey;
import org.festgate.core.ticket.TicketClaims;
import org.festgate.core.ticket.TicketCodec;
import org.festgate.core.ticket.TicketQr;
import org.festgate.core.ticket.TicketSigner;
import org.festgate.core.ticket.TicketVerification;
import org.festgate.core.ticket.TicketVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Ticket tokens and their QR codes. {@code verify} is the library's check of a token (Base45, BouncyCastle's
 * Ed25519, claims, revocation list of 10,000 ids, validity); {@code verifyJdkEd25519} does the same decoding and
 * signature check with the JDK's {@code Signature.getInstance("Ed25519")}, reusing one initialised instance (its
 * best case), to choose the implementation by the numbers. {@code qrPng} draws a 300-pixel PNG (including the
 * read-back check of the mask pattern), {@code qrDecode} reads the token back from that image.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TicketBenchmark {

    private static final Instant AT = Instant.parse("2026-02-17T20:00:00Z");

    private String token;
    private TicketVerifier verifier;
    private Signature jdkVerifier;
    private BufferedImage qrImage;

    /** Signs one ticket and prepares both verifiers and the QR image. */
    @Setup
    public void setUp() throws GeneralSecurityException, IOException {
        SigningKey key = SigningKey.generate(1);
        token = TicketSigner.of(key).sign(TicketClaims.of(123_456, 2026, 3, Instant.parse("2026-02-17T18:00:00Z"),
                Instant.parse("2026-02-18T02:00:00Z"), EntryPolicy.SINGLE_ENTRY, 1));
        RevocationList revoked = RevocationList.empty();
        for (long id = 1_000_000; id < 1_010_000; id++) {
            revoked = revoked.with(id);
        }
        verifier = TicketVerifier.of(List.of(key.publicKey()), revoked);

        byte[] x509 = HexFormat.of().parseHex("302a300506032b6570032100");
        byte[] raw = Base64.getUrlDecoder().decode(key.publicKey().toBase64());
        byte[] encoded = Arrays.copyOf(x509, x509.length + raw.length);
        System.arraycopy(raw, 0, encoded, x509.length, raw.length);
        PublicKey jdkKey = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        jdkVerifier = Signature.getInstance("Ed25519");
        jdkVerifier.initVerify(jdkKey);

        qrImage = ImageIO.read(new ByteArrayInputStream(TicketQr.png(token, 300)));
    }

    /** One token check by the library. */
    @Benchmark
    public TicketVerification verify() {
        return verifier.verify(token, AT);
    }

    /** The Base45 decoding and signature check of one token by the JDK's Ed25519. */
    @Benchmark
    public boolean verifyJdkEd25519() throws GeneralSecurityException {
        byte[] bytes = Base45.decode(token);
        jdkVerifier.update(TicketCodec.DOMAIN.getBytes(StandardCharsets.US_ASCII));
        jdkVerifier.update(bytes, 0, TicketCodec.PAYLOAD_LENGTH);
        return jdkVerifier.verify(bytes, TicketCodec.PAYLOAD_LENGTH, TicketCodec.SIGNATURE_LENGTH);
    }

    /** One 300 by 300 PNG of a token. */
    @Benchmark
    public byte[] qrPng() {
        return TicketQr.png(token, 300);
    }

    /** One SVG of a token. */
    @Benchmark
    public String qrSvg() {
        return TicketQr.svg(token, 300);
    }

    /** Reading the token back from the 300-pixel image. */
    @Benchmark
    public Optional<String> qrDecode() {
        return TicketQr.decode(qrImage);
    }
}
