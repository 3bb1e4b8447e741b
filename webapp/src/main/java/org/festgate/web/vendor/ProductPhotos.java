package org.festgate.web.vendor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;
import org.festgate.web.vendor.VendorViews.PhotoView;

/**
 * Photos of products: at most {@value #MAX_PER_PRODUCT} per product, each checked by {@link PhotoUpload} before
 * anything is stored. An upload counts the product's photos under a lock of the product's row, so uploads at once
 * never give a product more than the limit. Visitors see the photos of public products; a vendor sees its own.
 */
@ApplicationScoped
public class ProductPhotos {

    /** The most photos a product has. */
    public static final int MAX_PER_PRODUCT = 6;

    @Inject
    private VendorRepository repository;

    @Inject
    private VendorRegistry registry;

    @Inject
    private ProductCatalogue catalogue;

    @Inject
    private Clock clock;

    /**
     * Adds a checked photo to one of the vendor's products.
     *
     * @throws ProblemException 404 or 403 as {@link ProductCatalogue#own(String, String)}, 409 if the product has
     *                          {@value #MAX_PER_PRODUCT} photos already
     */
    @Transactional
    public PhotoView add(String username, String key, PhotoUpload upload) {
        VendorProductEntity product = catalogue.owned(registry.vendorOf(username), key);
        repository.lock(product);
        if (repository.photoCount(product.id()) >= MAX_PER_PRODUCT) {
            throw new ProblemException(Problem.conflict("photos", "a product has at most " + MAX_PER_PRODUCT
                    + " photos: delete one first"));
        }
        ProductPhotoEntity photo = new ProductPhotoEntity(product.id(), upload.type(), upload.bytes(), upload.sha256(),
                clock.instant());
        repository.store(photo);
        return PhotoView.of(photo.ref(), OwnProductResource.PATH + key);
    }

    /**
     * Deletes a photo of one of the vendor's products.
     *
     * @throws ProblemException 404 if the product has no such photo, 403 if it is another vendor's product
     */
    @Transactional
    public void delete(String username, String key, long photoId) {
        VendorProductEntity product = catalogue.owned(registry.vendorOf(username), key);
        if (!repository.deletePhoto(product.id(), photoId)) {
            throw photoNotFound(photoId);
        }
    }

    /** A photo of one of the vendor's products. */
    @Transactional
    public Photo own(String username, String key, long photoId) {
        return photo(catalogue.owned(registry.vendorOf(username), key), photoId);
    }

    /** A photo of a public product. */
    @Transactional
    public Photo published(String key, long photoId) {
        return photo(catalogue.publishedProduct(key), photoId);
    }

    private Photo photo(VendorProductEntity product, long photoId) {
        ProductPhotoEntity photo = repository.photo(photoId).filter(p -> p.ref().productId() == product.id())
                .orElseThrow(() -> photoNotFound(photoId));
        return new Photo(photo.ref(), photo.content());
    }

    private static ProblemException photoNotFound(long photoId) {
        return new ProblemException(Problem.of(Response.Status.NOT_FOUND, "no photo " + photoId + " of this product"));
    }

    /**
     * A photo with its bytes, to serve.
     *
     * @param ref what it is
     * @param bytes the image file
     */
    public record Photo(PhotoRef ref, byte[] bytes) {
    }
}
