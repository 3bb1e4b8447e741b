package org.festgate.web.platform.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception that leaves a resource into an RFC 9457 problem. */
public final class ProblemMappers {

    private ProblemMappers() {
    }

    /** A problem thrown on purpose by a service. */
    @Provider
    public static class Thrown implements ExceptionMapper<ProblemException> {
        @Override
        public Response toResponse(ProblemException e) {
            return e.toResponse();
        }
    }

    /** Bean Validation failures: 400 naming each field and its reason. */
    @Provider
    public static class Validation implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field))
                    .toList();
            String detail = errors.stream().map(f -> f.field() + ": " + f.reason())
                    .reduce((a, b) -> a + "; " + b).orElse("invalid request");
            return Problem.badRequest(detail, errors).toResponse();
        }

        /**
         * The field as the client wrote it: {@code name.vi}, {@code sessions[0].start}; for a query or path
         * parameter, its name. The Java method and parameter names of the resource are left out.
         */
        private static String fieldOf(ConstraintViolation<?> violation) {
            StringBuilder field = new StringBuilder();
            String parameter = null;
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    parameter = node.getName();
                } else if (node.getKind() == ElementKind.PROPERTY) {
                    if (node.isInIterable() && node.getIndex() != null) {
                        field.append('[').append(node.getIndex()).append(']');
                    }
                    field.append(field.length() == 0 ? "" : ".").append(node.getName());
                }
            }
            if (field.length() > 0) {
                return field.toString();
            }
            return parameter == null ? "body" : parameter;
        }
    }

    /** Malformed JSON or a value of the wrong type in the body. */
    @Provider
    public static class UnreadableBody implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            Optional<ProblemException> raised = cause(e, ProblemException.class);
            if (raised.isPresent()) {
                return raised.get().toResponse();
            }
            return Problem.invalidField("body", "not valid JSON for this request: " + firstLine(e.getMessage()))
                    .toResponse();
        }
    }

    /** A body the JSON binding could not read: malformed JSON or a value of the wrong type. */
    @Provider
    public static class UnreadableEntity implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            Optional<ProblemException> raised = cause(e, ProblemException.class);
            if (raised.isPresent()) {
                return raised.get().toResponse();
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return Problem.invalidField("body", "not valid JSON for this request: " + firstLine(cause.getMessage()))
                    .toResponse();
        }
    }

    /** Malformed JSON met while reading a body by hand. */
    @Provider
    public static class UnreadableJson implements ExceptionMapper<JsonException> {
        @Override
        public Response toResponse(JsonException e) {
            return Problem.invalidField("body", "not valid JSON: " + firstLine(e.getMessage())).toResponse();
        }
    }

    /**
     * A change that could not be committed because another one got there first (the same key created twice at
     * once, a festival changed by two organizers at once): nothing of it was stored.
     */
    @Provider
    public static class ConcurrentChange implements ExceptionMapper<TransactionalException> {
        private static final Logger LOG = Logger.getLogger(ConcurrentChange.class.getName());

        @Override
        public Response toResponse(TransactionalException e) {
            if (causedBy(e, RollbackException.class) || causedBy(e, PersistenceException.class)) {
                LOG.log(Level.INFO, "change refused at commit", e);
                return new Problem(409, "Conflict", "another change was made at the same time; nothing of this one"
                        + " was stored, try again", List.of()).toResponse();
            }
            return new Unexpected().toResponse(e);
        }
    }

    /** JAX-RS's own answers (404, 405, 406, 415, a body the runtime could not read ...), as problems. */
    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            Optional<ProblemException> raised = cause(e, ProblemException.class);
            if (raised.isPresent()) {
                return raised.get().toResponse();
            }
            Throwable cause = e.getCause();
            if (cause instanceof JsonbException || cause instanceof JsonException
                    || cause instanceof ProcessingException) {
                return Problem.invalidField("body", "not valid JSON for this request: "
                        + firstLine(cause.getMessage())).toResponse();
            }
            Response.StatusType status = e.getResponse().getStatusInfo();
            String detail = status.getStatusCode() == 404 ? "no such resource" : firstLine(e.getMessage());
            Response.ResponseBuilder problem = Response.fromResponse(
                    new Problem(status.getStatusCode(), status.getReasonPhrase(), detail, List.of()).toResponse());
            for (String header : List.of("Allow", "WWW-Authenticate", "Retry-After")) {
                Object value = e.getResponse().getHeaders().getFirst(header);
                if (value != null) {
                    problem.header(header, value);
                }
            }
            return problem.build();
        }
    }

    /**
     * A row that another transaction kept locked for longer than the database waits (many scanners at one ticket,
     * many visitors claiming one ticket type, on a busy server): nothing was stored, and sending the same request again is safe (a scan counts once by
     * its nonce), so a 503 with {@code Retry-After} instead of a 500. Any other persistence failure is a defect.
     */
    @Provider
    public static class Busy implements ExceptionMapper<PersistenceException> {
        private static final Logger LOG = Logger.getLogger(Busy.class.getName());

        @Override
        public Response toResponse(PersistenceException e) {
            if (e instanceof PessimisticLockException || e instanceof LockTimeoutException
                    || causedBy(e, SQLTimeoutException.class)) {
                LOG.info(() -> "lock wait timed out: " + firstLine(e.getMessage()));
                return new ProblemException(Problem.of(Response.Status.SERVICE_UNAVAILABLE, "the record is busy with"
                        + " other changes at this moment; nothing was stored, send the same request again"),
                        Duration.ofSeconds(1)).toResponse();
            }
            return new Unexpected().toResponse(e);
        }
    }

    /** Anything else is a defect of ours: logged with an id, answered with a 500 that names only the id. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

        @Override
        public Response toResponse(Throwable e) {
            String id = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error " + id, e);
            return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "internal error, reference " + id).toResponse();
        }
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type).isPresent();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
