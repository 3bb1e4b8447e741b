package org.festgate.web.platform.problem;

/**
 * Thrown by application services for a request that cannot be served as asked: carries the problem to answer.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
