package ceiling;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS under /api, as in Festgate. */
@ApplicationPath("/api")
public class App extends Application {
}
