package org.festgate.core.fair;

import java.util.Objects;
import org.festgate.core.text.LocalizedText;

/**
 * The category of a stall, and of the goods a vendor applies to sell.
 * <p>
 * A stall of {@link #GENERAL} takes an application of any category; a stall of any other category takes only
 * applications of its own category ({@link #accepts(StallCategory)}).
 */
public enum StallCategory {
    /** Agricultural products: tea, cardamom, rice, fruit, ginseng. */
    AGRICULTURAL_PRODUCTS("Nông sản", "Agricultural products", "农产品"),
    /** Processed food: dried meat, rice wine, preserves. */
    PROCESSED_FOOD("Thực phẩm chế biến", "Processed food", "加工食品"),
    /** Crafts and brocade (thổ cẩm). */
    CRAFTS_AND_BROCADE("Thủ công mỹ nghệ và thổ cẩm", "Crafts and brocade", "手工艺品和织锦"),
    /** Cuisine: food cooked and served at the stall. */
    CUISINE("Ẩm thực", "Cuisine", "美食"),
    /** Border-trade goods (hàng biên mậu). */
    BORDER_TRADE_GOODS("Hàng biên mậu", "Border-trade goods", "边贸商品"),
    /** A stall for goods of any category. */
    GENERAL("Tổng hợp", "General", "综合");

    private final LocalizedText label;

    StallCategory(String vi, String en, String zh) {
        this.label = LocalizedText.of(vi, en, zh);
    }

    /**
     * Gets the label of the category in the three languages.
     *
     * @return the label, not null
     */
    public LocalizedText label() {
        return label;
    }

    /**
     * Tells whether a stall of this category takes an application of a category.
     *
     * @param applicationCategory the category of the application, not null
     * @return true if this is {@link #GENERAL} or the same category
     * @throws NullPointerException if the category is null
     */
    public boolean accepts(StallCategory applicationCategory) {
        Objects.requireNonNull(applicationCategory, "applicationCategory is required");
        return this == GENERAL || this == applicationCategory;
    }
}
