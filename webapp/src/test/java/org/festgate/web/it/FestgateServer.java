package org.festgate.web.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The pages' message bundle of a language, i18n/{lang}.json, as the WAR serves it. */
    static JsonObject messages(String lang) throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/webapp/i18n/" + lang + ".json"),
                StandardCharsets.UTF_8); var json = Json.createReader(reader)) {
            return json.readObject();
        }
    }

    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                new File(System.getProperty("festgate.it.warFile", "target/festgate.war")));
    }
}
