package org.festgate.core.ical;

/**
 * Folds iCalendar content lines so that no line is longer than 75 octets of UTF-8 (RFC 5545, section 3.1),
 * breaking only between characters, never inside a multi-byte character or a surrogate pair.
 */
final class LineFolder {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private LineFolder() {
    }

    /**
     * Folds unfolded content lines separated by CRLF.
     */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 32);
        for (String line : unfolded.split(CRLF)) {
            foldLine(line, out);
        }
        return out.toString();
    }

    private static void foldLine(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int chars = Character.charCount(codePoint);
            int width = utf8Length(codePoint);
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(line, i, i + chars);
            octets += width;
            i += chars;
        }
        out.append(CRLF);
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
