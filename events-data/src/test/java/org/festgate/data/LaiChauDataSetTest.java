package org.festgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.festgate.core.calendar.LunarDate;
import org.festgate.core.event.EthnicGroup;
import org.festgate.core.gate.BorderGate;
import org.festgate.core.gate.GateKind;
import org.festgate.core.text.LocalizedText;
import org.festgate.core.text.Provenance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LaiChauDataSetTest {

    private static final String DOCUMENT = "tu-laichau-2016-nq10";
    private static ProvinceDataSet data;

    @BeforeAll
    static void load() {
        data = DataSetReader.readBundled();
    }

    @Test
    void loadsTheProvince() {
        assertThat(data.provinceKey()).isEqualTo("lai-chau");
        assertThat(data.source(DOCUMENT)).isPresent();
    }

    @Test
    void hasTheGatesOfTheSourceDocument() {
        BorderGate maLuThang = data.gate("ma-lu-thang").orElseThrow();
        assertThat(maLuThang.kind()).isEqualTo(GateKind.INTERNATIONAL);
        assertThat(maLuThang.provenance()).isEqualTo(Provenance.source(DOCUMENT));
        assertThat(maLuThang.partnerGate()).get().extracting(LocalizedText::zh).asString().contains("金水河");
        assertThat(maLuThang.commune().formerDistrictLabel()).contains("Phong Thổ");

        BorderGate uMaTuKhoong = data.gate("u-ma-tu-khoong").orElseThrow();
        assertThat(uMaTuKhoong.kind()).isEqualTo(GateKind.SECONDARY);
        assertThat(uMaTuKhoong.provenance().source()).isEqualTo(DOCUMENT);
        assertThat(uMaTuKhoong.commune().formerDistrictLabel()).contains("Mường Tè");
    }

    @Test
    void hasOpeningsAndBorderMarkets() {
        assertThat(data.gates()).extracting(BorderGate::kind)
                .contains(GateKind.OPENING, GateKind.BORDER_MARKET);
        data.gates().forEach(g -> assertThat(g.openingHours().closes()).isAfter(g.openingHours().opens()));
    }

    @Test
    void hasEnoughProductsVenuesAndFestivals() {
        assertThat(data.products()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(data.venues()).hasSizeGreaterThanOrEqualTo(5)
                .allSatisfy(v -> assertThat(v.entrances()).isNotEmpty());
        assertThat(data.festivals()).hasSizeGreaterThanOrEqualTo(12);
        Set<EthnicGroup> groups = data.festivals().stream().flatMap(f -> f.ethnicGroups().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EthnicGroup.class)));
        assertThat(groups).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void festivalsAreLunarUnlessExplicitlySolar() {
        // the only solar ones: the Mong Independence Day (a national date), the La Hu new year
        // (documented in December of the solar calendar) and the staged Kho Mu new-rice festival
        Set<String> solar = Set.of("tet-doc-lap-mong", "kho-xo-la-hu", "com-moi-kho-mu");
        for (FestivalEntry f : data.festivals()) {
            if (solar.contains(f.key())) {
                assertThat(f.rule()).as(f.key()).startsWith("solar:");
            } else {
                assertThat(f.isLunar()).as(f.key() + " " + f.rule()).isTrue();
            }
        }
        assertThat(data.festival("then-kin-pang").orElseThrow().rule()).isEqualTo("lunar:03-10");
        assertThat(data.festival("gau-tao-nam-loong").orElseThrow().rule()).isEqualTo("lunar:01-15");
    }

    @Test
    void festivalVenuesExist() {
        data.festivals().forEach(f -> assertThat(data.venue(f.venueKey())).as(f.key()).isPresent());
    }

    @Test
    void tradeBaselineAndTargetsComeFromTheDocument() {
        var all = data.tradeTarget("import-export-2020").orElseThrow();
        assertThat(all.baseYear()).isEqualTo(2015);
        assertThat(all.baseValueUsd()).isEqualByComparingTo(new BigDecimal("19500000"));
        assertThat(all.annualGrowthRate()).isEqualByComparingTo(new BigDecimal("0.10"));
        assertThat(all.targetYear()).isEqualTo(2020);
        assertThat(all.provenance()).isEqualTo(Provenance.source(DOCUMENT));

        var local = data.tradeTarget("local-goods-export-2020").orElseThrow();
        assertThat(local.baseValueUsd()).isEqualByComparingTo(new BigDecimal("6300000"));
        assertThat(local.annualGrowthRate()).isEqualByComparingTo(new BigDecimal("0.07"));
        assertThat(local.provenance()).isEqualTo(Provenance.source(DOCUMENT));
    }

    @Test
    void everyRecordHasASourceOrIsASample() {
        List<Provenance> all = new ArrayList<>();
        data.gates().forEach(g -> all.add(g.provenance()));
        data.venues().forEach(v -> all.add(v.provenance()));
        data.products().forEach(p -> all.add(p.provenance()));
        data.festivals().forEach(f -> all.add(f.provenance()));
        data.tradeTargets().forEach(t -> all.add(t.provenance()));
        Set<String> ids = data.sources().stream().map(Source::id).collect(Collectors.toSet());
        assertThat(all).allSatisfy(p -> assertThat(p.sample() || ids.contains(p.source()))
                .as(p.toString()).isTrue());
        // and nothing is "sourced" to an id that does not exist
        assertThat(all).filteredOn(p -> !p.sample()).allSatisfy(p -> assertThat(ids).contains(p.source()));
    }

    @Test
    void everyNameHasVietnameseEnglishAndChinese() {
        List<LocalizedText> names = new ArrayList<>();
        names.add(data.provinceName());
        data.gates().forEach(g -> {
            names.add(g.name());
            g.partnerGate().ifPresent(names::add);
        });
        data.venues().forEach(v -> {
            names.add(v.name());
            v.entrances().forEach(e -> names.add(e.name()));
        });
        data.products().forEach(p -> names.add(p.name()));
        data.festivals().forEach(f -> {
            names.add(f.name());
            names.add(f.description());
        });
        assertThat(names).allSatisfy(t -> {
            assertThat(t.vi()).isNotBlank();
            assertThat(t.en()).isNotBlank();
            assertThat(t.zh()).isNotBlank().matches(s -> s.codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), "has Han");
        });
    }

    @Test
    void everyFestivalOccursIn2026() {
        for (FestivalEntry f : data.festivals()) {
            LocalDate start = firstDayIn(f.rule(), 2026);
            assertThat(start).as(f.key()).isNotNull();
            assertThat(start.plusDays(f.durationDays() - 1L).getYear()).as(f.key()).isBetween(2026, 2027);
        }
        // Then Kin Pang, 10th day of the 3rd lunar month of Binh Ngo (2026)
        assertThat(firstDayIn("lunar:03-10", 2026)).isEqualTo(LunarDate.of(2026, 3, 10, false).toLocalDate());
        assertThat(firstDayIn("lunar:01-15", 2026).getMonthValue()).isIn(2, 3);
    }

    /** Occurrence of a lunar (non-leap month) or solar rule in the given lunar/solar year. */
    private static LocalDate firstDayIn(String rule, int year) {
        String[] md = rule.substring(rule.indexOf(':') + 1).split(";")[0].split("-");
        int month = Integer.parseInt(md[0]);
        int day = Integer.parseInt(md[1]);
        if (rule.startsWith("solar:")) {
            return MonthDay.of(month, day).atYear(year);
        }
        int length = LunarDate.lengthOfMonth(year, month, false);
        return day > length ? null : LunarDate.of(year, month, day, false).toLocalDate();
    }
}
