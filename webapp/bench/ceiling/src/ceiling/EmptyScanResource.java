package ceiling;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The same empty scan through JAX-RS and JSON binding, as Festgate's scan resource is reached. */
@Path("scans")
@ApplicationScoped
public class EmptyScanResource {

    /** A scan's fields, as Festgate's scan input has them. */
    public static class Scan {
        public String nonce;
        public String token;
        public String entranceKey;
        public String direction;
        public String at;
    }

    /** An answer without a decision. */
    public static class Answer {
        public String nonce;
        public String outcome = "ADMIT";
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Answer scan(Scan scan) {
        Answer answer = new Answer();
        answer.nonce = scan.nonce;
        return answer;
    }
}
