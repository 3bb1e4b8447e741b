package org.festgate.web.vendor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * A photo as uploaded: a request body of a declared image type, read and checked before anything is stored.
 * The size is counted while reading, whatever the request declared, and reading stops one byte past the limit;
 * the first bytes must be the declared type's magic number.
 *
 * @param type the image type
 * @param bytes the image file
 * @param sha256 the hex SHA-256 of the bytes
 */
public record PhotoUpload(PhotoType type, byte[] bytes, String sha256) {

    /** The largest photo, in bytes: 2 MiB. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /**
     * Reads and checks a photo.
     *
     * @param declaredType the request's Content-Type
     * @param body the request body
     * @throws ProblemException 415 if the type is not JPEG, PNG or WebP or the bytes are not of that type, 413 if
     *                          the body is larger than {@link #MAX_BYTES}, 400 if it is empty
     */
    static PhotoUpload read(String declaredType, InputStream body) {
        PhotoType type = PhotoType.ofMediaType(declaredType).orElseThrow(() -> problem(415, "Content-Type",
                "must be image/jpeg, image/png or image/webp, not " + declaredType));
        byte[] bytes = readAtMost(body);
        if (bytes.length == 0) {
            throw new ProblemException(Problem.invalidField("body", "is empty: send the photo's bytes"));
        }
        if (!type.matches(bytes)) {
            throw problem(415, "body", "is not a " + type.name() + " image: its first bytes are not the magic number"
                    + " of " + type.mediaType());
        }
        return new PhotoUpload(type, bytes, sha256(bytes));
    }

    private static byte[] readAtMost(InputStream body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        try (body) {
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw problem(413, "body", "a photo is at most " + MAX_BYTES + " bytes (2 MB)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the photo failed", e);
        }
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static ProblemException problem(int status, String field, String reason) {
        String title = status == 413 ? "Content Too Large" : "Unsupported Media Type";
        return new ProblemException(new Problem(status, title, field + ": " + reason,
                List.of(new Problem.FieldError(field, reason))));
    }
}
