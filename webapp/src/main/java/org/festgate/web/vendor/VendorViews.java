package org.festgate.web.vendor;

import java.time.Instant;
import java.util.List;
import org.festgate.web.festival.FestivalViews.Text;

/** What the API shows of vendors and products: plain records that JSON-B writes as they are. */
public final class VendorViews {

    private VendorViews() {
    }

    /**
     * A vendor with its contact data, as the vendor itself and organizers see it; never on a public page.
     */
    public record VendorView(long id, String username, String businessName, String kind, String commune,
                             String formerDistrict, String phone, String email, String taxCode, String status,
                             String statusReason, Instant statusChangedAt, Instant createdAt) {

        static VendorView of(VendorEntity vendor) {
            VendorProfile profile = vendor.profile();
            return new VendorView(vendor.id(), vendor.username(), profile.businessName(), profile.kind().name(),
                    profile.commune().name(), profile.commune().formerDistrictLabel().orElse(null), profile.phone(),
                    profile.email(), profile.taxCode(), vendor.status().name(), vendor.statusReason(),
                    vendor.statusChangedAt(), vendor.createdAt());
        }
    }

    /** A photo of a product and the address of its image. */
    public record PhotoView(long id, String url, String mediaType) {

        /** The photo under the address of its product, such as {@code /api/vendor-products/che-shan-tuyet}. */
        static PhotoView of(PhotoRef photo, String productPath) {
            return new PhotoView(photo.id(), productPath + "/photos/" + photo.id(), photo.type().mediaType());
        }
    }

    /**
     * A product. To its vendor the texts are as written (a missing translation is null); on the public page they
     * are complete (Vietnamese standing in). The only thing told of the vendor is its public name.
     */
    public record ProductView(String key, Text name, String category, Text categoryName, String commune,
                              String formerDistrict, String producer, Integer ocopStars,
                              String geographicalIndication, long priceVnd, Text unit, Text description,
                              List<PhotoView> photos, String vendorName, String page) {

        /** The product as its vendor wrote it, with photos under the vendor's own address. */
        static ProductView forOwner(VendorProductEntity product, List<PhotoRef> photos, String vendorName) {
            ProductDetails details = product.details();
            return of(product.key(), details, partial(details.name()), partial(details.unit()),
                    details.description() == null ? null : partial(details.description()),
                    photos(photos, OwnProductResource.PATH + product.key()), vendorName);
        }

        /** The product as visitors see it, with photos under the public address. */
        static ProductView forPublic(VendorProductEntity product, List<PhotoRef> photos, String vendorName) {
            ProductDetails details = product.details();
            return of(product.key(), details, complete(details.name()), complete(details.unit()),
                    details.description() == null ? null : complete(details.description()),
                    photos(photos, PublicProductResource.PATH + product.key()), vendorName);
        }

        private static ProductView of(String key, ProductDetails details, Text name, Text unit, Text description,
                                      List<PhotoView> photos, String vendorName) {
            return new ProductView(key, name, details.category().name(), Text.of(details.category().label()),
                    details.origin().name(), details.origin().formerDistrictLabel().orElse(null),
                    details.producer(), details.ocop() == null ? null : details.ocop().stars(),
                    details.geographicalIndication(), details.priceVnd(), unit, description, photos, vendorName,
                    ProductPage.address(key));
        }

        private static Text partial(PartialText text) {
            return new Text(text.vi(), text.en(), text.zh());
        }

        private static Text complete(PartialText text) {
            return Text.of(text.complete());
        }

        private static List<PhotoView> photos(List<PhotoRef> photos, String productPath) {
            return photos.stream().map(p -> PhotoView.of(p, productPath)).toList();
        }
    }
}
