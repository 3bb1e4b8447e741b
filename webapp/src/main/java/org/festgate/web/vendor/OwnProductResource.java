package org.festgate.web.vendor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.platform.security.Role;
import org.festgate.web.vendor.VendorViews.PhotoView;
import org.festgate.web.vendor.VendorViews.ProductView;

/**
 * The signed-in vendor's own products (VENDOR only; another vendor's product gives 403).
 * <ul>
 * <li>{@code GET /api/vendors/me/products} → [{@link ProductView}]; {@code POST} {@link ProductInput} → 201
 * {@link ProductView} {@code {key, name:{vi,en,zh}, category, categoryName, commune, formerDistrict, producer,
 * ocopStars, geographicalIndication, priceVnd, unit, description, photos:[{id, url, mediaType}], vendorName,
 * page}} with its new key</li>
 * <li>{@code GET|PUT|DELETE /api/vendors/me/products/{key}}: read, change, withdraw (204)</li>
 * <li>{@code POST /api/vendors/me/products/{key}/photos}: the photo's bytes as the body with Content-Type
 * image/jpeg, image/png or image/webp, at most 2 MB, at most 6 per product → 201 {@link PhotoView}; 415 for
 * another type or bytes not of the declared type, 413 when too large, 409 when the product has 6</li>
 * <li>{@code GET|DELETE /api/vendors/me/products/{key}/photos/{photoId}}: the image, or delete it (204)</li>
 * </ul>
 */
@Path("vendors/me/products")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.VENDOR_NAME)
public class OwnProductResource {

    /** Where a vendor's own products are, followed by a product's key. */
    static final String PATH = "/api/vendors/me/products/";

    @Inject
    private ProductCatalogue catalogue;

    @Inject
    private ProductPhotos photos;

    @GET
    @Operation(summary = "The signed-in vendor's products")
    public List<ProductView> list(@Context SecurityContext security) {
        return catalogue.catalogue(actor(security));
    }

    @POST
    @Operation(summary = "Add a product; its key is made from its Vietnamese name")
    public Response create(@NotNull @Valid ProductInput input, @Context SecurityContext security,
                           @Context UriInfo uri) {
        ProductView product = catalogue.create(actor(security), input.toDetails());
        return Response.created(uri.getAbsolutePathBuilder().path(product.key()).build()).entity(product).build();
    }

    @GET
    @Path("{key}")
    @Operation(summary = "One of the signed-in vendor's products, as written")
    public ProductView get(@PathParam("key") String key, @Context SecurityContext security) {
        return catalogue.own(actor(security), key);
    }

    @PUT
    @Path("{key}")
    @Operation(summary = "Change one of the signed-in vendor's products; its key stays")
    public ProductView update(@PathParam("key") String key, @NotNull @Valid ProductInput input,
                              @Context SecurityContext security) {
        return catalogue.update(actor(security), key, input.toDetails());
    }

    @DELETE
    @Path("{key}")
    @Operation(summary = "Withdraw a product: it is no longer shown and its key is never given again")
    public Response withdraw(@PathParam("key") String key, @Context SecurityContext security) {
        catalogue.withdraw(actor(security), key);
        return Response.noContent().build();
    }

    @POST
    @Path("{key}/photos")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add a photo: the body is the image (image/jpeg, image/png or image/webp, at most 2 MB); "
            + "at most 6 per product")
    public Response addPhoto(@PathParam("key") String key, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
                             InputStream body, @Context SecurityContext security) {
        PhotoView photo = photos.add(actor(security), key, PhotoUpload.read(type, body));
        return Response.status(Response.Status.CREATED).entity(photo).build();
    }

    @GET
    @Path("{key}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(summary = "A photo of one of the signed-in vendor's products")
    public Response photo(@PathParam("key") String key, @PathParam("photoId") String photoId,
                          @Context SecurityContext security, @Context Request request) {
        return PhotoResponses.own(photos.own(actor(security), key, photoId(photoId)), request);
    }

    @DELETE
    @Path("{key}/photos/{photoId}")
    @Operation(summary = "Delete a photo of one of the signed-in vendor's products")
    public Response deletePhoto(@PathParam("key") String key, @PathParam("photoId") String photoId,
                                @Context SecurityContext security) {
        photos.delete(actor(security), key, photoId(photoId));
        return Response.noContent().build();
    }

    /** A numeric photo id of the path. */
    static long photoId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.notFound("photo", text));
        }
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal().getName();
    }
}
