package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API on a running Payara Micro, called over HTTP as a client would: sign-in, roles, problem+json.
 * One deployment (one server boot) for the whole class.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FestgateApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FestgateServer.war();
    }

    @Test
    void anonymousCallerGets401AsProblemJson() {
        ApiClient.Reply reply = ApiClient.anonymous().get("api/users");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).contains("ADMIN");
    }

    @Test
    void vendorGets403ForAdministration() {
        String vendor = "vendor-" + System.nanoTime();
        ApiClient.Reply created = ApiClient.admin().post("api/users", Json.createObjectBuilder()
                .add("username", vendor).add("password", "vendor-password")
                .add("roles", Json.createArrayBuilder().add("VENDOR")).build().toString());
        assertThat(created.status()).isEqualTo(201);

        ApiClient.Reply reply = ApiClient.signedIn(vendor, "vendor-password").get("api/users");
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void wrongPasswordIsRefused() {
        ApiClient.Reply reply = ApiClient.anonymous().post("api/auth/tokens",
                "{\"username\":\"admin\",\"password\":\"not-the-password\"}");
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().containsKey("token")).isFalse();
    }

    @Test
    void readinessAnswersWhenTheDatabaseDoes() {
        ApiClient.Reply reply = ApiClient.anonymous().get("health/ready");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"database\"").contains("UP");
    }
}
