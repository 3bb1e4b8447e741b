package org.festgate.web.platform.problem;

import jakarta.ws.rs.core.Response;
import java.time.Duration;

/**
 * Thrown by application services for a request that cannot be served as asked: carries the problem to answer.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    private final transient Duration retryAfter;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    /** A problem that goes away after a while, such as a 429: answered with a {@code Retry-After} header. */
    public ProblemException(Problem problem, Duration retryAfter) {
        super(problem.detail());
        this.problem = problem;
        this.retryAfter = retryAfter;
    }

    public Problem problem() {
        return problem;
    }

    /** The problem as a response, with {@code Retry-After} in whole seconds where there is a wait. */
    public Response toResponse() {
        Response response = problem.toResponse();
        if (retryAfter == null) {
            return response;
        }
        return Response.fromResponse(response).header("Retry-After", Math.max(1, retryAfter.toSeconds())).build();
    }
}
