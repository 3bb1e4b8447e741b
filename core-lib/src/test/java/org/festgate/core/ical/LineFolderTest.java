package org.festgate.core.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineFolderTest {

    @Test
    void test_fold_shortLineUnchanged() {
        assertThat(LineFolder.fold("A:b\r\nC:d\r\n")).isEqualTo("A:b\r\nC:d\r\n");
    }

    @Test
    void test_fold_multiByte_neverSplitsACharacter() {
        String line = "SUMMARY:" + "莱州".repeat(40) + "😀".repeat(10);
        String folded = LineFolder.fold(line + "\r\n");
        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    @Test
    void test_fold_exactly75Octets_notFolded() {
        String line = "X".repeat(75);
        assertThat(LineFolder.fold(line + "\r\n")).isEqualTo(line + "\r\n");
        assertThat(LineFolder.fold(line + "Y\r\n")).isEqualTo(line + "\r\n Y\r\n");
    }
}
