package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every refused request must answer (RFC 9457): the status, an {@code application/problem+json} body, and no
 * stack trace. Tests that check the field a problem names do so beside this.
 */
final class Problems {

    private Problems() {
    }

    /** The answer is a problem of the status, without a stack trace. */
    static void assertProblem(ApiClient.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
