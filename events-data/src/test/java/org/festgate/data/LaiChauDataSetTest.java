package org.festgate.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.festgate.core.calendar.LunarDate;
import org.festgate.core.event.EthnicGroup;
import org.festgate.core.event.Festival;
import org.festgate.core.gate.BorderGate;
import org.festgate.core.gate.GateKind;
import org.festgate.core.schedule.FestivalSchedule;
import org.festgate.core.schedule.LunarYearly;
import org.festgate.core.schedule.Occurrence;
import org.festgate.core.schedule.Schedule;
import org.festgate.core.schedule.SolarYearly;
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
        for (Festival f : data.festivals()) {
            Schedule rule = f.schedule().rule();
            if (solar.contains(f.key())) {
                assertThat(rule).as(f.key()).isInstanceOf(SolarYearly.class);
            } else {
                assertThat(rule).as(f.key() + " " + rule).isInstanceOf(LunarYearly.class);
            }
        }
        assertThat(data.festival("then-kin-pang").orElseThrow().schedule().rule())
                .isEqualTo(LunarYearly.of(3, 10)).hasToString("lunar:03-10");
        assertThat(data.festival("gau-tao-nam-loong").orElseThrow().schedule().rule())
                .isEqualTo(LunarYearly.of(1, 15));
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
        for (Festival f : data.festivals()) {
            List<Occurrence> occurrences = f.schedule().occurrences(FROM_2026, TO_2026);
            assertThat(occurrences).as(f.key() + " " + f.schedule().rule()).isNotEmpty().allSatisfy(o -> {
                assertThat(o.overlaps(FROM_2026, TO_2026)).isTrue();
                assertThat(o.endInclusive()).isEqualTo(o.start().plusDays(f.schedule().durationDays() - 1L));
                assertThat(o.sessions()).hasSameSizeAs(f.schedule().sessions());
            });
            if (f.schedule().rule() instanceof LunarYearly lunar) {
                // default policies, no day 30 in the file: every occurrence is on the rule's own lunar day
                assertThat(occurrences).as(f.key()).anySatisfy(o -> {
                    assertThat(o.lunarStart().year()).isEqualTo(2026);
                    assertThat(o.lunarStart().month()).isEqualTo(lunar.month());
                    assertThat(o.lunarStart().day()).isEqualTo(lunar.day());
                    assertThat(o.lunarStart().isLeapMonth()).isFalse();
                });
            }
        }
    }

    @Test
    void lunarFestivalsFallOnTheirKnownDatesIn2026() {
        // Tet of Binh Ngo is 17 February 2026; the Mang new year is held on its first day, for two days
        Occurrence tetMang = only(data.festival("tet-mang").orElseThrow());
        assertThat(tetMang.start()).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(tetMang.endInclusive()).isEqualTo(LocalDate.of(2026, 2, 18));

        // Gau Tao on the 15th of the 1st lunar month: 3 March 2026, its session timed in Viet Nam
        Occurrence gauTao = only(data.festival("gau-tao-nam-loong").orElseThrow());
        assertThat(gauTao.start()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(gauTao.lunarStart()).isEqualTo(LunarDate.of(2026, 1, 15, false));
        assertThat(gauTao.sessions()).allSatisfy(s ->
                assertThat(s.start().getZone()).isEqualTo(FestivalSchedule.ZONE));

        // Then Kin Pang, 10th day of the 3rd lunar month
        assertThat(only(data.festival("then-kin-pang").orElseThrow()).start())
                .isEqualTo(LunarDate.of(2026, 3, 10, false).toLocalDate());
    }

    private static final LocalDate FROM_2026 = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO_2026 = LocalDate.of(2026, 12, 31);

    private static Occurrence only(Festival festival) {
        List<Occurrence> occurrences = festival.schedule().occurrences(FROM_2026, TO_2026);
        assertThat(occurrences).as(festival.key()).hasSize(1);
        return occurrences.get(0);
    }
}
