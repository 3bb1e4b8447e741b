package org.festgate.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    @Test
    void eachFailureAfterTheFreeOnesDoublesTheBlockUpToTheLongest() {
        assertThat(SignInThrottle.block(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SignInThrottle.block(7)).isEqualTo(Duration.ofSeconds(60));
        assertThat(SignInThrottle.block(8)).isEqualTo(Duration.ofMinutes(2));
        assertThat(SignInThrottle.block(10)).isEqualTo(Duration.ofMinutes(8));
        assertThat(SignInThrottle.block(11)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.block(1_000)).isEqualTo(Duration.ofMinutes(15));
    }
}
