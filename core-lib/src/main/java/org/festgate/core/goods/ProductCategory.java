package org.festgate.core.goods;

import org.festgate.core.text.LocalizedText;

/**
 * The category of a local product.
 */
public enum ProductCategory {
    /** Tea, such as Shan tuyết tea. */
    TEA("Chè", "Tea", "茶叶"),
    /** Spices, such as black cardamom (thảo quả). */
    SPICE("Gia vị", "Spice", "香料"),
    /** Medicinal herbs, such as Lai Châu ginseng (Sâm Lai Châu). */
    MEDICINAL_HERB("Dược liệu", "Medicinal herb", "药材"),
    /** Rice and grain. */
    RICE_AND_GRAIN("Gạo và ngũ cốc", "Rice and grain", "大米和谷物"),
    /** Fruit. */
    FRUIT("Trái cây", "Fruit", "水果"),
    /** Livestock and meat. */
    LIVESTOCK_AND_MEAT("Gia súc và thịt", "Livestock and meat", "畜禽和肉类"),
    /** Processed food. */
    PROCESSED_FOOD("Thực phẩm chế biến", "Processed food", "加工食品"),
    /** Brocade and handicraft. */
    BROCADE_AND_CRAFT("Thổ cẩm và thủ công", "Brocade and craft", "织锦和手工艺品"),
    /** Beverages, such as rice wine. */
    BEVERAGE("Đồ uống", "Beverage", "饮品"),
    /** Anything else. */
    OTHER("Khác", "Other", "其他");

    private final LocalizedText label;

    ProductCategory(String vi, String en, String zh) {
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
}
