package org.festgate.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What is stored survives a restart: Payara Micro's adapter starts a new server process for each deployment,
 * so deploying, undeploying and deploying again is a real stop and start on the same database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestartIT {

    private static final String DEPLOYMENT = "festgate";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = DEPLOYMENT, managed = false, testable = false)
    static WebArchive deployment() {
        return FestgateServer.war();
    }

    @Test
    void aFestivalCreatedBeforeARestartIsThereAfterIt() {
        String key = "restart-" + Long.toString(System.nanoTime(), 36);
        deployer.deploy(DEPLOYMENT);
        try {
            ApiClient.Reply created = ApiClient.admin().post("api/festivals",
                    Festivals.body(key, "lunar:08-15").toString());
            assertThat(created.status()).as(created.body()).isEqualTo(201);
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }

        deployer.deploy(DEPLOYMENT);
        try {
            ApiClient.Reply after = ApiClient.anonymous().get("api/festivals/" + key + "?year=2026");
            assertThat(after.status()).isEqualTo(200);
            assertThat(after.json().getString("rule")).isEqualTo("lunar:08-15");
            assertThat(after.json().getJsonArray("occurrences").getJsonObject(0).getString("start"))
                    .isEqualTo("2026-09-25");
            assertThat(ApiClient.anonymous().get("api/festivals?year=2026").array()).hasSizeGreaterThanOrEqualTo(13);
        } finally {
            deployer.undeploy(DEPLOYMENT);
        }
    }
}
