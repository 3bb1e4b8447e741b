package org.festgate.core.event;

import java.util.Locale;
import java.util.Objects;
import org.festgate.core.text.LocalizedText;

/**
 * An ethnic group (dân tộc) living in Lai Châu province.
 * <p>
 * Each group has a stable lowercase {@linkplain #code() code}, such as {@code ha-nhi}, used by data files and
 * URLs, and a name in Vietnamese, English and Chinese. The Chinese names are those used for Vietnam's ethnic
 * groups, which are not always the name of the related group in China (the Thái are 泰族 here, the Dai of Yunnan
 * are 傣族).
 */
public enum EthnicGroup {
    /** Thái. */
    THAI("Thái", "Thai", "泰族"),
    /** Mông (Hmong). */
    MONG("Mông", "Hmong", "苗族"),
    /** Dao (Yao). */
    DAO("Dao", "Dao", "瑶族"),
    /** Hà Nhì (Hani). */
    HA_NHI("Hà Nhì", "Ha Nhi", "哈尼族"),
    /** Lự (Tai Lue). */
    LU("Lự", "Lu", "泐族"),
    /** Giáy (Nhắng), related to the Bouyei of China. */
    GIAY("Giáy", "Giay", "热依族"),
    /** Khơ Mú (Khmu). */
    KHO_MU("Khơ Mú", "Khmu", "克木族"),
    /** La Hủ (Lahu). */
    LA_HU("La Hủ", "La Hu", "拉祜族"),
    /** Mảng. */
    MANG("Mảng", "Mang", "莽族"),
    /** Cống. */
    CONG("Cống", "Cong", "贡族"),
    /** Si La. */
    SI_LA("Si La", "Si La", "西拉族"),
    /** Tày. */
    TAY("Tày", "Tay", "岱依族"),
    /** Kinh (Viet). */
    KINH("Kinh", "Kinh", "京族"),
    /** Hoa (Chinese Vietnamese). */
    HOA("Hoa", "Hoa", "华族"),
    /** Phù Lá. */
    PHU_LA("Phù Lá", "Phu La", "普拉族"),
    /** Bố Y (Bouyei). */
    BO_Y("Bố Y", "Bo Y", "布依族");

    private final LocalizedText displayName;
    private final String code;

    EthnicGroup(String vi, String en, String zh) {
        this.displayName = LocalizedText.of(vi, en, zh);
        this.code = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Gets the name of the group in the three languages.
     *
     * @return the name, not null
     */
    public LocalizedText displayName() {
        return displayName;
    }

    /**
     * Gets the stable code: the constant name in lowercase with hyphens, such as {@code ha-nhi}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Obtains a group from its {@linkplain #code() code}.
     *
     * @param code the code, such as {@code kho-mu}, not null
     * @return the group, not null
     * @throws IllegalArgumentException if no group has that code
     */
    public static EthnicGroup fromCode(String code) {
        Objects.requireNonNull(code, "code is required");
        for (EthnicGroup group : values()) {
            if (group.code.equals(code)) {
                return group;
            }
        }
        throw new IllegalArgumentException("unknown ethnic group code: '" + code + "'");
    }
}
