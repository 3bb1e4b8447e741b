package org.festgate.web.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date with Flyway (scripts in {@code db/migration}). Flyway takes a database lock,
 * so several instances starting together on one PostgreSQL migrate it once.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = FestgateDataSource.JNDI_NAME)
    private DataSource dataSource;

    /** The schema to migrate (and create if missing); by default the connection's own. */
    @Inject
    @ConfigProperty(name = "festgate.db.schema")
    private Optional<String> schema;

    public void migrate() {
        var configuration = Flyway.configure(DatabaseMigration.class.getClassLoader()).dataSource(dataSource);
        schema.ifPresent(configuration::schemas);
        var result = configuration
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
