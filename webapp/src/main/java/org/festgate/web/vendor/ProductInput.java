package org.festgate.web.vendor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.festgate.core.goods.OcopRating;
import org.festgate.core.goods.ProductCategory;
import org.festgate.web.platform.rest.TextRules;

/**
 * A product as its vendor writes it:
 * <pre>{"name":{"vi":"Chè Shan tuyết","en":"Shan tuyet tea","zh":null}, "category":"TEA", "commune":"Bản Bo",
 *  "formerDistrict":"Tam Đường", "producer":"HTX Chè Tam Đường", "ocopStars":4, "geographicalIndication":null,
 *  "priceVnd":350000, "unit":{"vi":"hộp 200 g"}, "description":{"vi":"..."}}</pre>
 * category is a {@link ProductCategory} name; English and Chinese texts, the former district, OCOP stars (3-5),
 * the geographical indication and the description are optional. Public fields, not a record: see
 * {@code SignInRequest}.
 */
public class ProductInput {

    @NotNull
    @Valid
    public PartialTextInput name;

    @NotBlank
    public String category;

    @NotBlank
    @Size(max = 100)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String commune;

    @Size(max = 100)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String formerDistrict;

    @NotBlank
    @Size(max = 200)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String producer;

    @Min(OcopRating.MIN_STARS)
    @Max(OcopRating.MAX_STARS)
    public Integer ocopStars;

    @Size(max = 200)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String geographicalIndication;

    @NotNull
    @Min(0)
    @Max(1_000_000_000)
    public Long priceVnd;

    @NotNull
    @Valid
    public PartialTextInput unit;

    @Valid
    public PartialLongTextInput description;

    /**
     * The product's details.
     *
     * @throws org.festgate.web.platform.problem.ProblemException 400 naming {@code category} if it is unknown
     */
    ProductDetails toDetails() {
        return new ProductDetails(name.toText(), InputValues.constant(ProductCategory.class, "category", category),
                InputValues.commune(commune, formerDistrict),
                producer.strip(), ocopStars == null ? null : OcopRating.of(ocopStars),
                InputValues.optional(geographicalIndication), priceVnd, unit.toText(),
                description == null ? null : description.toText());
    }
}
