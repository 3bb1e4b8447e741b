package org.festgate.web.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one data source. Every value comes from MicroProfile Config, so the database is chosen
 * by configuration alone: an H2 file database by default, PostgreSQL in production (see README).
 */
@DataSourceDefinition(
        name = FestgateDataSource.JNDI_NAME,
        className = "${MPCONFIG=festgate.db.datasource}",
        url = "${MPCONFIG=festgate.db.url}",
        user = "${MPCONFIG=festgate.db.user}",
        password = "${MPCONFIG=festgate.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"})
@ApplicationScoped
public class FestgateDataSource {

    /** JNDI name of the data source, also named by {@code persistence.xml}. */
    public static final String JNDI_NAME = "java:app/jdbc/festgate";
}
