package org.festgate.core.gate;

import org.festgate.core.text.LocalizedText;

/**
 * The kind of a crossing point on the border, from the international gate down to the border market.
 */
public enum GateKind {
    /** Cửa khẩu quốc tế: open to travellers and goods of any country. */
    INTERNATIONAL("Cửa khẩu quốc tế", "International border gate", "国际口岸"),
    /** Cửa khẩu chính (song phương): open to travellers and goods of the two neighbouring countries. */
    MAIN("Cửa khẩu chính", "Main border gate", "主要口岸"),
    /** Cửa khẩu phụ: a secondary gate for border residents and local trade. */
    SECONDARY("Cửa khẩu phụ", "Secondary border gate", "辅助口岸"),
    /** Lối mở: an opening for border residents. */
    OPENING("Lối mở", "Border opening", "边民通道"),
    /** Điểm thông quan: a clearance point for goods. */
    CLEARANCE_POINT("Điểm thông quan", "Clearance point", "通关点"),
    /** Chợ biên giới: a border market. */
    BORDER_MARKET("Chợ biên giới", "Border market", "边境市场");

    private final LocalizedText label;

    GateKind(String vi, String en, String zh) {
        this.label = LocalizedText.of(vi, en, zh);
    }

    /**
     * Gets the label of the kind in the three languages.
     *
     * @return the label, not null
     */
    public LocalizedText label() {
        return label;
    }
}
