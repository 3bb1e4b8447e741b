package org.festgate.web.platform.problem;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail: what went wrong, for which fields and why. Every 4xx and 5xx of the API is
 * one of these, served as {@code application/problem+json}; none carries a stack trace.
 *
 * @param status the HTTP status
 * @param title a short, fixed summary of the kind of problem
 * @param detail what was wrong with this request
 * @param errors the fields that were wrong, each with its reason; may be empty
 */
public record Problem(int status, String title, String detail, List<FieldError> errors) {

    /** The media type of RFC 9457 problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid field of a request and the reason; for a line-oriented body such as a CSV file, also the line.
     *
     * @param field the field as the client wrote it, or the column of a CSV file
     * @param reason what is wrong with it
     * @param line the line of the body (1 for the first), or null where the body has no lines
     */
    public record FieldError(String field, String reason, Integer line) {

        /** An invalid field of a body without lines. */
        public FieldError(String field, String reason) {
            this(field, reason, null);
        }
    }

    public Problem {
        errors = List.copyOf(errors);
    }

    /** A problem without field errors. */
    public static Problem of(Response.Status status, String detail) {
        return new Problem(status.getStatusCode(), status.getReasonPhrase(), detail, List.of());
    }

    /** A 404 problem: no object of this kind with this key. */
    public static Problem notFound(String kind, String key) {
        return of(Response.Status.NOT_FOUND, "no " + kind + " with key '" + key + "'");
    }

    /** A 409 problem naming one field and the reason. */
    public static Problem conflict(String field, String reason) {
        return new Problem(409, "Conflict", field + ": " + reason, List.of(new FieldError(field, reason)));
    }

    /** A 400 problem listing every invalid field. */
    public static Problem badRequest(String detail, List<FieldError> errors) {
        return new Problem(400, "Bad Request", detail, errors);
    }

    /** A 400 problem naming one field and the reason. */
    public static Problem invalidField(String field, String reason) {
        return badRequest(field + ": " + reason, List.of(new FieldError(field, reason)));
    }

    /** This problem as a JAX-RS response with the problem+json body. */
    public Response toResponse() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (!errors.isEmpty()) {
            var list = Json.createArrayBuilder();
            errors.forEach(e -> {
                JsonObjectBuilder error = Json.createObjectBuilder();
                if (e.line() != null) {
                    error.add("line", e.line());
                }
                list.add(error.add("field", e.field()).add("reason", e.reason()));
            });
            body.add("errors", list);
        }
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(body.build().toString()).build();
    }
}
