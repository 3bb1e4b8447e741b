package org.festgate.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application under test: the very WAR that the build packaged, deployed by Arquillian on a Payara Micro
 * whose database (H2 or PostgreSQL) comes from the environment set in the POM.
 */
final class FestgateServer {

    /** Root of the application, with a trailing slash. */
    static final String BASE_URL = System.getProperty("festgate.it.baseUrl", "http://localhost:18080/");
    /** Password of the first administrator, set through FESTGATE_ADMIN_PASSWORD. */
    static final String ADMIN_PASSWORD = System.getProperty("festgate.it.adminPassword", "it-admin-password");

    private FestgateServer() {
    }

    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("festgate.it.warFile", "target/festgate.war")));
    }
}
