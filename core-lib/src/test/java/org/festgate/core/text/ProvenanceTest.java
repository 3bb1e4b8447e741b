package org.festgate.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProvenanceTest {

    @Test
    void test_source() {
        Provenance p = Provenance.source("Kết luận Tỉnh ủy Lai Châu 2016");
        assertThat(p.sample()).isFalse();
        assertThat(p.source()).isEqualTo("Kết luận Tỉnh ủy Lai Châu 2016");
        assertThat(p).hasToString("source: Kết luận Tỉnh ủy Lai Châu 2016");
    }

    @Test
    void test_sample() {
        Provenance p = Provenance.sample("illustrative venue");
        assertThat(p.sample()).isTrue();
        assertThat(p).hasToString("sample: illustrative venue");
    }

    @Test
    void test_blank() {
        assertThatThrownBy(() -> Provenance.source("")).isInstanceOf(IllegalArgumentException.class);
    }
}
