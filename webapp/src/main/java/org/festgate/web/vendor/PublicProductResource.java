package org.festgate.web.vendor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.festgate.core.goods.ProductCategory;
import org.festgate.core.qr.QrImages;
import org.festgate.web.platform.rest.ImageSizes;
import org.festgate.web.vendor.VendorViews.ProductView;

/**
 * The public view of a product, for visitors and its page: the products of verified vendors, never withdrawn
 * ones; of the vendor only its public name. ({@code /api/products} is the province's catalogue of specialty
 * products, so vendors' products live here.)
 * <ul>
 * <li>{@code GET /api/vendor-products?q=words&category=TEA} → [{@link ProductSummary}] {@code {key, vendorId,
 * name:{vi,en,zh}, category, priceVnd, unit}}: each word in the name, producer or origin, diacritics ignored</li>
 * <li>{@code GET /api/vendor-products/{key}} → {@link ProductView}, texts complete in vi/en/zh</li>
 * <li>{@code GET /api/vendor-products/{key}/photos/{photoId}}: the image, cacheable for a day</li>
 * <li>{@code GET /api/vendor-products/{key}/qr.svg} and {@code /qr.png?size=300} (64-2048 pixels): the QR code of
 * the product's page, {@code <site>/products/{key}}</li>
 * </ul>
 */
@Path("vendor-products")
@RequestScoped
public class PublicProductResource {

    /** Where public products are, followed by a product's key. */
    static final String PATH = "/api/vendor-products/";

    private static final int DEFAULT_QR_PIXELS = 300;

    @Inject
    private ProductCatalogue catalogue;

    @Inject
    private ProductPhotos photos;

    @Inject
    private Vendors vendors;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search the products of verified vendors: ?q= words of the name, producer or origin "
            + "(diacritics ignored), ?category= a product category")
    public List<ProductSummary> search(@QueryParam("q") String text, @QueryParam("category") String category) {
        return vendors.searchAllProducts(text, category == null || category.isBlank() ? null
                : InputValues.constant(ProductCategory.class, "category", category));
    }

    @GET
    @Path("{key}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A product as visitors see it, with its photos and its vendor's public name")
    public ProductView get(@PathParam("key") String key) {
        return catalogue.published(key);
    }

    @GET
    @Path("{key}/photos/{photoId}")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(summary = "A photo of a product")
    public Response photo(@PathParam("key") String key, @PathParam("photoId") String photoId,
                          @Context Request request) {
        return PhotoResponses.shared(photos.published(key, OwnProductResource.photoId(photoId)), request);
    }

    @GET
    @Path("{key}/qr.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The QR code of the product's page, as SVG")
    public Response qrSvg(@PathParam("key") String key, @Context UriInfo uri) {
        return cached(QrImages.svg(catalogue.publishedLink(key, site(uri)).toString(), DEFAULT_QR_PIXELS));
    }

    @GET
    @Path("{key}/qr.png")
    @Produces("image/png")
    @Operation(summary = "The QR code of the product's page, as PNG, size pixels wide (64-2048, default 300)")
    public Response qrPng(@PathParam("key") String key, @QueryParam("size") String size, @Context UriInfo uri) {
        return cached(QrImages.png(catalogue.publishedLink(key, site(uri)).toString(),
                ImageSizes.pixels(size, DEFAULT_QR_PIXELS)));
    }

    /** The address of the site's pages: the parent of the API's {@code /api/}. */
    private static URI site(UriInfo uri) {
        return uri.getBaseUri().resolve("..");
    }

    /** A code that any cache may keep for a day: it changes only if the site's address does. */
    private static Response cached(Object image) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(24 * 60 * 60);
        return Response.ok(image).cacheControl(cache).build();
    }
}
