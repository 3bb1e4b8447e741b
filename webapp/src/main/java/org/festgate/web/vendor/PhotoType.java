package org.festgate.web.vendor;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image types a product photo may have, each known by its media type and by the magic number its files
 * start with: a photo is taken only when its bytes are of the type it declares.
 */
public enum PhotoType {
    /** JPEG: FF D8 FF. */
    JPEG("image/jpeg", new int[] {0xFF, 0xD8, 0xFF}),
    /** PNG: the eight-byte PNG signature. */
    PNG("image/png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    /** WebP: a RIFF container, "RIFF", four bytes of length, "WEBP" (-1 matches any byte). */
    WEBP("image/webp", new int[] {'R', 'I', 'F', 'F', -1, -1, -1, -1, 'W', 'E', 'B', 'P'});

    private final String mediaType;
    private final int[] magic;

    PhotoType(String mediaType, int[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    /** The media type, such as {@code image/png}. */
    public String mediaType() {
        return mediaType;
    }

    /** The type of a declared media type (parameters and case ignored), or empty for any other. */
    static Optional<PhotoType> ofMediaType(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String bare = declared.split(";", 2)[0].strip();
        return Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(bare)).findFirst();
    }

    /** Whether the file starts with this type's magic number. */
    boolean matches(byte[] file) {
        if (file.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (magic[i] >= 0 && (file[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
