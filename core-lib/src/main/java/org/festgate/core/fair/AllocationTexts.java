package org.festgate.core.fair;

import static org.festgate.core.text.LocalizedText.of;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.festgate.core.text.LocalizedText;

/**
 * The explanations of left-out applications in Vietnamese, English and Chinese, kept together so that a translator
 * finds them in one place. Templates hold {@code {day}}, {@code {category}} and {@code {quota}}.
 */
final class AllocationTexts {

    private static final Map<LeftOutReason, LocalizedText> TEMPLATES = new EnumMap<>(Map.of(
            LeftOutReason.NOT_A_FAIR_DAY, of("Hội chợ không diễn ra ngày {day}", "The fair is not held on {day}",
                    "博览会{day}不举办"),
            LeftOutReason.NO_STALL_OF_CATEGORY, of("Sơ đồ không có gian hàng nhận ngành hàng {category}",
                    "No stall on the map takes {category}", "摊位图上没有接受{category}的摊位"),
            LeftOutReason.NO_STALL_WITH_POWER, of("Không có gian hàng có điện nhận ngành hàng {category}",
                    "No stall with power takes {category}", "没有接受{category}的带电摊位"),
            LeftOutReason.QUOTA_FULL, of("Ngành hàng {category} đã đủ {quota} gian hàng ngày {day}",
                    "The quota of {category} ({quota} a day) is full on {day}",
                    "{category}的摊位配额（每天{quota}个）在{day}已满"),
            LeftOutReason.NO_FREE_STALL, LeftOutReason.NO_FREE_STALL.label()));
    private static final LocalizedText DATE = of("dd/MM/yyyy", "d MMM yyyy", "yyyy年M月d日");

    private AllocationTexts() {
    }

    /**
     * The explanation of a reason.
     *
     * @param category the application's category
     * @param day      the day the reason concerns, or null if it concerns none
     * @param quota    the category's quota, or 0 if it has none
     */
    static LocalizedText explain(LeftOutReason reason, StallCategory category, LocalDate day, int quota) {
        LocalizedText template = TEMPLATES.get(reason);
        return of(fill(template.vi(), "vi", category.label().vi(), day, quota),
                fill(template.en(), "en", category.label().en(), day, quota),
                fill(template.zh(), "zh", category.label().zh(), day, quota));
    }

    private static String fill(String template, String language, String category, LocalDate day, int quota) {
        String dayText = day == null ? ""
                : DateTimeFormatter.ofPattern(DATE.in(language), Locale.forLanguageTag(language)).format(day);
        return template.replace("{day}", dayText).replace("{category}", category)
                .replace("{quota}", Integer.toString(quota));
    }
}
