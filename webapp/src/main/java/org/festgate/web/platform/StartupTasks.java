package org.festgate.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.festgate.web.platform.persistence.DatabaseMigration;
import org.festgate.web.platform.security.FirstAdministrator;

/**
 * What every start does, in order: migrate the schema, make sure an administrator exists, then tell the
 * features ({@link SchemaReady}) so they can load their data.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupTasks {

    /** Fired once the schema is migrated and the first administrator exists. */
    public record SchemaReady() {
    }

    @Inject
    private DatabaseMigration migration;

    @Inject
    private FirstAdministrator firstAdministrator;

    @Inject
    private Event<SchemaReady> schemaReady;

    @PostConstruct
    void start() {
        migration.migrate();
        firstAdministrator.ensureExists();
        schemaReady.fire(new SchemaReady());
    }
}
