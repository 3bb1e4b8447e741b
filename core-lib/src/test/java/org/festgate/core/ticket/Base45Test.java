package org.festgate.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base45Test {

    /** The examples of RFC 9285, sections 4.3 and 4.4. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"AB|BB8", "Hello!!|%69 VD92EX0", "base-45|UJCLQE7W581", "ietf!|QED8WEX0"})
    void test_rfc9285Vectors(String plain, String encoded) {
        assertThat(Base45.encode(plain.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base45.decode(encoded), StandardCharsets.US_ASCII)).isEqualTo(plain);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 2", "2, 3", "3, 5", "86, 129"})
    void test_encodedLength(int bytes, int chars) {
        assertThat(Base45.encodedLength(bytes)).isEqualTo(chars);
        assertThat(Base45.encode(new byte[bytes])).hasSize(chars);
    }

    @Property(tries = 2000)
    void test_roundTrip(@ForAll byte[] bytes) {
        assertThat(Base45.decode(Base45.encode(bytes))).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "ABCD", "bb8", "BB#", "BB\u00e9", "GGW", "::", "V5"})
    void test_decode_badInput(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Base45.decode(text));
    }

    /** "FGW" is 15 + 16 * 45 + 32 * 2025 = 65535 and "U5" is 30 + 5 * 45 = 255; one more is refused above. */
    @ParameterizedTest
    @CsvSource({"FGW, 2", "U5, 1"})
    void test_decode_largestGroups(String text, int length) {
        byte[] ones = new byte[length];
        java.util.Arrays.fill(ones, (byte) 0xFF);

        assertThat(Base45.decode(text)).isEqualTo(ones);
        assertThat(Base45.encode(ones)).isEqualTo(text);
    }
}
