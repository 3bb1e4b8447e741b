package org.festgate.web.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API, under {@code /api}. Resources and providers are discovered by CDI scanning. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Festgate API", version = "1",
        description = "Border gates, local goods and the festivals of Lai Chau's ethnic peoples."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer")
public class FestgateApi extends Application {
}
