package org.festgate.web.vendor;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Photos as HTTP answers: their own media type, their SHA-256 as a strong entity tag (a photo never changes, so
 * a repeated request with {@code If-None-Match} gets 304 without the bytes) and a cache lifetime.
 */
final class PhotoResponses {

    private PhotoResponses() {
    }

    /** A public photo: any cache may keep it for a day. */
    static Response shared(ProductPhotos.Photo photo, Request request) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(24 * 60 * 60);
        return answer(photo, request, cache);
    }

    /** A vendor's own photo: only the vendor's browser keeps it, and asks again each time. */
    static Response own(ProductPhotos.Photo photo, Request request) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        return answer(photo, request, cache);
    }

    private static Response answer(ProductPhotos.Photo photo, Request request, CacheControl cache) {
        EntityTag tag = new EntityTag(photo.ref().sha256());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = notModified != null ? notModified
                : Response.ok(photo.bytes(), photo.ref().type().mediaType());
        return answer.tag(tag).cacheControl(cache).header("X-Content-Type-Options", "nosniff").build();
    }
}
