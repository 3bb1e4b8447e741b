package org.festgate.web.platform.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * Refuses request bodies over {@code festgate.http.max-body-bytes} with 413 (images, such as product photos,
 * over {@code festgate.http.max-image-bytes}): at once when the length is declared, and while reading when it is
 * not.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "festgate.http.max-body-bytes")
    private long maxBytes;

    @Inject
    @ConfigProperty(name = "festgate.http.max-image-bytes")
    private long maxImageBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        long limit = type != null && "image".equalsIgnoreCase(type.getType()) ? maxImageBytes : maxBytes;
        if (request.getLength() > limit) {
            request.abortWith(tooLarge(limit).toResponse());
            return;
        }
        request.setEntityStream(new Limited(request.getEntityStream(), limit));
    }

    private static Problem tooLarge(long limit) {
        return new Problem(413, "Content Too Large", "body: larger than " + limit + " bytes",
                java.util.List.of(new Problem.FieldError("body", "larger than " + limit + " bytes")));
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            left -= n;
            if (left < 0) {
                throw new ProblemException(tooLarge(limit));
            }
        }
    }
}
