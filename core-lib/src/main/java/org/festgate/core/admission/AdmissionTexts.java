package org.festgate.core.admission;

import static org.festgate.core.text.LocalizedText.of;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.festgate.core.text.LocalizedText;

/**
 * Every text a gate keeper reads, in Vietnamese, English and Chinese, kept together so that a translator finds
 * them in one place. Templates hold {@code {time}}, {@code {entrance}} and {@code {entrances}}.
 */
final class AdmissionTexts {

    private static final LocalizedText ADMITTED_IN = of("Mời vào", "Welcome in", "请进");
    private static final LocalizedText ADMITTED_OUT = of("Đã ghi nhận ra", "Exit recorded", "已登记离场");
    private static final LocalizedText VALID_FROM = of("Vé có hiệu lực từ {time}", "Valid from {time}", "{time}起有效");
    private static final Map<RefusalReason, LocalizedText> REFUSALS = new EnumMap<>(Map.ofEntries(
            Map.entry(RefusalReason.NOT_A_FESTGATE_TICKET,
                    of("Không phải vé Festgate", "Not a Festgate ticket", "不是Festgate门票")),
            Map.entry(RefusalReason.REVOKED, of("Vé đã bị huỷ", "Ticket revoked", "门票已作废")),
            Map.entry(RefusalReason.NOT_YET_VALID, VALID_FROM),
            Map.entry(RefusalReason.EXPIRED, of("Vé đã hết hạn lúc {time}", "Expired at {time}", "已于{time}过期")),
            Map.entry(RefusalReason.OTHER_EVENT,
                    of("Vé của lễ hội khác", "Ticket for another festival", "其他节庆的门票")),
            Map.entry(RefusalReason.UNKNOWN_TICKET_TYPE, of("Cổng không có dữ liệu về loại vé này",
                    "Ticket type unknown at this gate", "本入口没有此票种的信息")),
            Map.entry(RefusalReason.WRONG_ENTRANCE, of("Sai cổng, vé vào tại: {entrances}",
                    "Wrong entrance, valid at: {entrances}", "入口错误，可用入口：{entrances}")),
            Map.entry(RefusalReason.OUTSIDE_DAILY_WINDOW, VALID_FROM),
            Map.entry(RefusalReason.ALREADY_USED, of("Vé đã dùng lúc {time} tại {entrance}",
                    "Already used at {time} at the {entrance}", "已于{time}在{entrance}使用")),
            Map.entry(RefusalReason.ALREADY_USED_TODAY, of("Hôm nay vé đã dùng lúc {time} tại {entrance}",
                    "Already used today at {time} at the {entrance}", "今天已于{time}在{entrance}使用")),
            Map.entry(RefusalReason.NOT_INSIDE, of("Chưa ghi nhận vào cổng, không thể ra",
                    "No entry recorded, cannot exit", "没有入场记录，无法离场"))));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final LocalizedText DAY_AND_TIME = of("HH:mm 'ngày' dd/MM/yyyy", "HH:mm 'on' d MMM yyyy",
            "yyyy年M月d日HH:mm");
    private static final LocalizedText LIST_SEPARATOR = of(", ", ", ", "、");

    private AdmissionTexts() {
    }

    static String message(AdmissionDecision decision, Locale locale) {
        if (decision.isAdmitted()) {
            return (decision.direction() == Direction.IN ? ADMITTED_IN : ADMITTED_OUT).in(locale);
        }
        RefusalReason reason = decision.reason().orElseThrow();
        return REFUSALS.get(reason).in(locale)
                .replace("{time}", time(decision, reason, locale))
                .replace("{entrance}", decision.entrances().stream().findFirst().map(n -> n.in(locale)).orElse(""))
                .replace("{entrances}", decision.entrances().stream().map(name -> name.in(locale))
                        .collect(Collectors.joining(LIST_SEPARATOR.in(locale))));
    }

    private static String time(AdmissionDecision decision, RefusalReason reason, Locale locale) {
        return switch (reason) {
            case OUTSIDE_DAILY_WINDOW -> TIME.format(decision.windowStart().orElseThrow());
            case NOT_YET_VALID -> instant(decision, decision.claims().orElseThrow().validFrom(), locale);
            case EXPIRED -> instant(decision, decision.claims().orElseThrow().validUntil(), locale);
            case ALREADY_USED, ALREADY_USED_TODAY ->
                    instant(decision, decision.earlierScan().orElseThrow().at(), locale);
            default -> "";
        };
    }

    /** An instant as a time of day if it falls on the decision's local day, otherwise with its date. */
    private static String instant(AdmissionDecision decision, Instant instant, Locale locale) {
        boolean sameDay = instant.atZone(decision.zone()).toLocalDate()
                .equals(decision.at().atZone(decision.zone()).toLocalDate());
        DateTimeFormatter formatter = sameDay ? TIME : DateTimeFormatter.ofPattern(DAY_AND_TIME.in(locale), locale);
        return formatter.format(instant.atZone(decision.zone()));
    }
}
