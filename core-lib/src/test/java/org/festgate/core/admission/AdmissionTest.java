package org.festgate.core.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.festgate.core.admission.Direction.IN;
import static org.festgate.core.admission.Direction.OUT;
import static org.festgate.core.admission.Fixtures.ADMISSION;
import static org.festgate.core.admission.Fixtures.EAST;
import static org.festgate.core.admission.Fixtures.EVENT;
import static org.festgate.core.admission.Fixtures.NORTH;
import static org.festgate.core.admission.Fixtures.SOUTH;
import static org.festgate.core.admission.Fixtures.TYPE;
import static org.festgate.core.admission.Fixtures.VERIFIER;
import static org.festgate.core.admission.Fixtures.claims;
import static org.festgate.core.admission.Fixtures.local;
import static org.festgate.core.admission.Fixtures.recordOf;
import static org.festgate.core.admission.Fixtures.token;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.festgate.core.event.Entrance;
import org.festgate.core.ticket.Base45;
import org.festgate.core.ticket.EntryPolicy;
import org.festgate.core.ticket.RevocationList;
import org.festgate.core.ticket.SigningKey;
import org.festgate.core.ticket.TicketClaims;
import org.festgate.core.ticket.TicketSigner;
import org.festgate.core.ticket.TicketVerification;
import org.festgate.core.ticket.TicketVerifier;
import org.festgate.core.ticket.TokenProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdmissionTest {

    /** Decides the scans of one gate in turn, each seeing the scans before it. */
    private static final class Scans {
        private final Admission admission;
        private final TicketVerifier verifier;
        private final List<ScanRecord> log = new ArrayList<>();

        Scans(Admission admission, TicketVerifier verifier) {
            this.admission = admission;
            this.verifier = verifier;
        }

        Scans() {
            this(ADMISSION, VERIFIER);
        }

        AdmissionDecision scan(String token, Entrance entrance, Direction direction, String localTime) {
            Instant at = local(localTime);
            AdmissionDecision decision = admission.decide(verifier.verify(token, at), entrance.key(), direction,
                    at, log);
            decision.claims().ifPresent(claims -> log.add(recordOf(decision, entrance.key())));
            return decision;
        }
    }

    /**
     * Each step is {@code IN+} or {@code OUT+} for admitted, or {@code IN:REASON} for refused; steps are a minute
     * apart on one day.
     */
    @ParameterizedTest
    @CsvSource({
        "SINGLE_ENTRY,       IN+ IN:ALREADY_USED OUT+ IN:ALREADY_USED OUT:NOT_INSIDE",
        "SINGLE_ENTRY,       OUT:NOT_INSIDE IN+",
        "MULTIPLE_ENTRY,     IN+ IN+ OUT+ OUT:NOT_INSIDE IN+ OUT+ IN+",
        "ONCE_PER_DAY,       IN+ OUT+ IN:ALREADY_USED_TODAY OUT:NOT_INSIDE",
        "REENTRY_AFTER_EXIT, OUT:NOT_INSIDE IN+ IN:ALREADY_USED OUT+ OUT:NOT_INSIDE IN+ OUT+ IN+"})
    void test_decide_policySequences(EntryPolicy policy, String steps) {
        Scans gate = new Scans();
        String token = token(1, policy);
        int minute = 0;
        for (String step : steps.split(" ")) {
            Direction direction = Direction.valueOf(step.replaceAll("[+:].*", ""));
            AdmissionDecision decision = gate.scan(token, NORTH, direction, "2026-02-17T10:" + (10 + minute++));
            assertThat(decision.reason().map(Enum::name).orElse("+"))
                    .as("step %d: %s", minute, step)
                    .isEqualTo(step.endsWith("+") ? "+" : step.substring(step.indexOf(':') + 1));
        }
    }

    @Test
    void test_decide_alreadyUsed_namesTimeAndEntrance() {
        Scans gate = new Scans();
        String token = token(1, EntryPolicy.SINGLE_ENTRY);
        gate.scan(token, NORTH, IN, "2026-02-17T10:42");

        AdmissionDecision refused = gate.scan(token, SOUTH, IN, "2026-02-17T11:05");

        assertThat(refused.isAdmitted()).isFalse();
        assertThat(refused.reason()).contains(RefusalReason.ALREADY_USED);
        assertThat(refused.earlierScan().orElseThrow().entranceKey()).isEqualTo("north-gate");
        assertThat(refused.message("vi")).isEqualTo("Vé đã dùng lúc 10:42 tại Cổng Bắc");
        assertThat(refused.message("en")).isEqualTo("Already used at 10:42 at the North entrance");
        assertThat(refused.message("zh-CN")).isEqualTo("已于10:42在北门使用");
        assertThat(refused.message("fr")).isEqualTo(refused.message(java.util.Locale.ROOT));
    }

    @Test
    void test_decide_alreadyUsedOnAnotherDay_namesTheDate() {
        Scans gate = new Scans();
        String token = token(1, EntryPolicy.SINGLE_ENTRY);
        gate.scan(token, NORTH, IN, "2026-02-17T10:42");

        AdmissionDecision refused = gate.scan(token, NORTH, IN, "2026-02-18T09:00");

        assertThat(refused.message("vi")).isEqualTo("Vé đã dùng lúc 10:42 ngày 17/02/2026 tại Cổng Bắc");
        assertThat(refused.message("en")).isEqualTo("Already used at 10:42 on 17 Feb 2026 at the North entrance");
        assertThat(refused.message("zh")).isEqualTo("已于2026年2月17日10:42在北门使用");
    }

    @Test
    void test_decide_oncePerDay_newLocalDayAtMidnight() {
        Scans gate = new Scans();
        String token = token(1, EntryPolicy.ONCE_PER_DAY);

        assertThat(gate.scan(token, NORTH, IN, "2026-02-17T23:59").isAdmitted()).isTrue();
        assertThat(gate.scan(token, NORTH, IN, "2026-02-18T00:01").isAdmitted()).isTrue();
        AdmissionDecision again = gate.scan(token, SOUTH, IN, "2026-02-18T23:58");

        assertThat(again.reason()).contains(RefusalReason.ALREADY_USED_TODAY);
        assertThat(again.message("vi")).isEqualTo("Hôm nay vé đã dùng lúc 00:01 tại Cổng Bắc");
        assertThat(again.message("en")).isEqualTo("Already used today at 00:01 at the North entrance");
        assertThat(again.message("zh")).isEqualTo("今天已于00:01在北门使用");
    }

    @Test
    void test_decide_oncePerDay_dayOfTheRulesZone() {
        // 23:59 and 00:01 in Lai Châu are 16:59 and 17:01 of one UTC day
        Admission utc = ADMISSION.withRules(TicketTypeRules.of(TYPE).withZone(ZoneId.of("UTC")));
        Scans gate = new Scans(utc, VERIFIER);
        String token = token(1, EntryPolicy.ONCE_PER_DAY);

        assertThat(gate.scan(token, NORTH, IN, "2026-02-17T23:59").isAdmitted()).isTrue();
        assertThat(gate.scan(token, NORTH, IN, "2026-02-18T00:01").reason())
                .contains(RefusalReason.ALREADY_USED_TODAY);
    }

    @Test
    void test_decide_dailyWindow() {
        Admission evenings = ADMISSION.withRules(
                TicketTypeRules.of(TYPE).withDailyWindow(LocalTime.of(18, 0), LocalTime.of(22, 0)));
        Scans gate = new Scans(evenings, VERIFIER);
        String token = token(1, EntryPolicy.REENTRY_AFTER_EXIT);

        AdmissionDecision early = gate.scan(token, NORTH, IN, "2026-02-17T17:30");
        assertThat(early.reason()).contains(RefusalReason.OUTSIDE_DAILY_WINDOW);
        assertThat(early.windowStart()).contains(LocalTime.of(18, 0));
        assertThat(early.message("vi")).isEqualTo("Vé có hiệu lực từ 18:00");
        assertThat(early.message("en")).isEqualTo("Valid from 18:00");
        assertThat(early.message("zh")).isEqualTo("18:00起有效");

        assertThat(gate.scan(token, NORTH, IN, "2026-02-17T18:00").isAdmitted()).isTrue();
        assertThat(gate.scan(token, NORTH, OUT, "2026-02-17T23:15").isAdmitted())
                .as("leaving after the window").isTrue();
    }

    @Test
    void test_decide_wrongEntrance() {
        Admission northOnly = ADMISSION.withRules(TicketTypeRules.of(TYPE).withEntrances(Set.of("north-gate")));
        Scans gate = new Scans(northOnly, VERIFIER);
        String token = token(1, EntryPolicy.REENTRY_AFTER_EXIT);

        AdmissionDecision wrong = gate.scan(token, SOUTH, IN, "2026-02-17T10:00");
        assertThat(wrong.reason()).contains(RefusalReason.WRONG_ENTRANCE);
        assertThat(wrong.message("vi")).isEqualTo("Sai cổng, vé vào tại: Cổng Bắc");
        assertThat(wrong.message("en")).isEqualTo("Wrong entrance, valid at: North entrance");
        assertThat(wrong.message("zh")).isEqualTo("入口错误，可用入口：北门");

        assertThat(gate.scan(token, NORTH, IN, "2026-02-17T10:01").isAdmitted()).isTrue();
        assertThat(gate.scan(token, SOUTH, OUT, "2026-02-17T12:00").isAdmitted())
                .as("leaving through any entrance").isTrue();
    }

    @Test
    void test_decide_otherEvent() {
        AdmissionDecision decision = new Scans().scan(token(claims(1, EVENT + 1, EntryPolicy.SINGLE_ENTRY)),
                NORTH, IN, "2026-02-17T10:00");

        assertThat(decision.reason()).contains(RefusalReason.OTHER_EVENT);
        assertThat(decision.claims().orElseThrow().eventId()).isEqualTo(EVENT + 1);
        assertThat(decision.message("vi")).isEqualTo("Vé của lễ hội khác");
        assertThat(decision.message("en")).isEqualTo("Ticket for another festival");
        assertThat(decision.message("zh")).isEqualTo("其他节庆的门票");
    }

    @Test
    void test_decide_unknownTicketType() {
        Scans gate = new Scans(Admission.of(EVENT, List.of(TicketTypeRules.of(TYPE + 1))), VERIFIER);

        AdmissionDecision decision = gate.scan(token(1, EntryPolicy.SINGLE_ENTRY), NORTH, IN, "2026-02-17T10:00");

        assertThat(decision.reason()).contains(RefusalReason.UNKNOWN_TICKET_TYPE);
        assertThat(decision.message("en")).isEqualTo("Ticket type unknown at this gate");
    }

    @Test
    void test_decide_revoked_refusesEntryButLetsTheVisitorOut() {
        String token = token(1, EntryPolicy.REENTRY_AFTER_EXIT);
        Scans before = new Scans();
        before.scan(token, NORTH, IN, "2026-02-17T10:00");
        Scans gate = new Scans(ADMISSION, VERIFIER.withRevocations(RevocationList.of(List.of(1L))));
        gate.log.addAll(before.log);

        AdmissionDecision entry = gate.scan(token, NORTH, IN, "2026-02-17T11:00");
        assertThat(entry.reason()).contains(RefusalReason.REVOKED);
        assertThat(entry.message("vi")).isEqualTo("Vé đã bị huỷ");
        assertThat(entry.message("en")).isEqualTo("Ticket revoked");
        assertThat(entry.message("zh")).isEqualTo("门票已作废");
        assertThat(gate.scan(token, NORTH, OUT, "2026-02-17T11:01").isAdmitted()).isTrue();
    }

    @Test
    void test_decide_expiredAndNotYetValid() {
        Scans gate = new Scans();
        String token = token(1, EntryPolicy.MULTIPLE_ENTRY);

        AdmissionDecision early = gate.scan(token, NORTH, IN, "2026-02-16T20:00");
        assertThat(early.reason()).contains(RefusalReason.NOT_YET_VALID);
        assertThat(early.message("vi")).isEqualTo("Vé có hiệu lực từ 00:00 ngày 17/02/2026");
        assertThat(early.message("en")).isEqualTo("Valid from 00:00 on 17 Feb 2026");
        assertThat(early.message("zh")).isEqualTo("2026年2月17日00:00起有效");

        assertThat(gate.scan(token, NORTH, IN, "2026-02-20T23:00").isAdmitted()).isTrue();
        AdmissionDecision late = gate.scan(token, NORTH, IN, "2026-02-21T00:30");
        assertThat(late.reason()).contains(RefusalReason.EXPIRED);
        assertThat(late.message("vi")).isEqualTo("Vé đã hết hạn lúc 00:00");
        assertThat(late.message("en")).isEqualTo("Expired at 00:00");
        assertThat(late.message("zh")).isEqualTo("已于00:00过期");
        assertThat(gate.scan(token, NORTH, OUT, "2026-02-21T00:31").isAdmitted())
                .as("a visitor whose ticket expired inside is counted out").isTrue();
    }

    @Test
    void test_decide_forgedOrTampered_notAFestgateTicket() {
        String genuine = token(1, EntryPolicy.SINGLE_ENTRY);
        TicketClaims genuineClaims = claims(1, EntryPolicy.SINGLE_ENTRY);
        String unknownKey = TicketSigner.of(SigningKey.generate(9)).sign(TicketClaims.of(1, EVENT, TYPE,
                genuineClaims.validFrom(), genuineClaims.validUntil(), EntryPolicy.SINGLE_ENTRY, 9));
        byte[] bytes = Base45.decode(genuine);
        bytes[5] ^= 1;
        String tampered = Base45.encode(bytes);
        assertThat(VERIFIER.verify(tampered, local("2026-02-17T10:00")))
                .isEqualTo(new TicketVerification.Refused(TokenProblem.BAD_SIGNATURE, Optional.empty()));

        for (String token : List.of(unknownKey, tampered, genuine.substring(1), "WIFI:S:festgate;;", "")) {
            for (Direction direction : Direction.values()) {
                AdmissionDecision decision = new Scans().scan(token, NORTH, direction, "2026-02-17T10:00");
                assertThat(decision.reason()).as(token).contains(RefusalReason.NOT_A_FESTGATE_TICKET);
                assertThat(decision.claims()).isEmpty();
                assertThat(decision.message("vi")).isEqualTo("Không phải vé Festgate");
                assertThat(decision.message("en")).isEqualTo("Not a Festgate ticket");
                assertThat(decision.message("zh")).isEqualTo("不是Festgate门票");
            }
        }
    }

    @Test
    void test_decide_checkOrder() {
        Admission strict = ADMISSION.withRules(TicketTypeRules.of(TYPE).withEntrances(Set.of("east-gate"))
                .withDailyWindow(LocalTime.of(18, 0), LocalTime.of(22, 0)));
        Scans gate = new Scans(strict, VERIFIER);
        String used = token(1, EntryPolicy.SINGLE_ENTRY);
        gate.scan(used, EAST, IN, "2026-02-17T19:00");

        assertThat(gate.scan(token(claims(2, EVENT + 1, EntryPolicy.SINGLE_ENTRY)), NORTH, IN, "2026-02-17T10:00")
                .reason()).as("event before entrance").contains(RefusalReason.OTHER_EVENT);
        assertThat(gate.scan(used, NORTH, IN, "2026-02-17T10:00").reason())
                .as("entrance before window").contains(RefusalReason.WRONG_ENTRANCE);
        assertThat(gate.scan(used, EAST, IN, "2026-02-17T10:00").reason())
                .as("window before policy").contains(RefusalReason.OUTSIDE_DAILY_WINDOW);
        assertThat(gate.scan(used, EAST, IN, "2026-02-17T20:00").reason()).contains(RefusalReason.ALREADY_USED);
    }

    @Test
    void test_decide_admitMessages() {
        Scans gate = new Scans();
        String token = token(1, EntryPolicy.SINGLE_ENTRY);

        AdmissionDecision in = gate.scan(token, NORTH, IN, "2026-02-17T10:00");
        AdmissionDecision out = gate.scan(token, NORTH, OUT, "2026-02-17T12:00");

        assertThat(List.of(in.message("vi"), in.message("en"), in.message("zh")))
                .containsExactly("Mời vào", "Welcome in", "请进");
        assertThat(List.of(out.message("vi"), out.message("en"), out.message("zh")))
                .containsExactly("Đã ghi nhận ra", "Exit recorded", "已登记离场");
        assertThat(in.claims().orElseThrow().ticketId()).isEqualTo(1);
        assertThat(in).hasToString("ADMIT IN " + local("2026-02-17T10:00") + " ticket 1");
    }

    @Test
    void test_decide_ignoresOtherTicketsAndRefusedScans() {
        Instant at = local("2026-02-17T10:00");
        TicketVerification verification = new TicketVerification.Valid(claims(1, EntryPolicy.SINGLE_ENTRY));
        List<ScanRecord> earlier = List.of(
                ScanRecord.admitted(java.util.UUID.randomUUID(), 2, EVENT, "north-gate", IN, at.minusSeconds(60)),
                ScanRecord.refused(java.util.UUID.randomUUID(), 1, EVENT, "north-gate", IN, at.minusSeconds(30),
                        RefusalReason.OUTSIDE_DAILY_WINDOW));

        assertThat(ADMISSION.decide(verification, "north-gate", IN, at, earlier).isAdmitted()).isTrue();
    }

    @Test
    void test_decide_isPure() {
        Instant at = local("2026-02-17T10:00");
        TicketVerification verification = new TicketVerification.Valid(claims(1, EntryPolicy.SINGLE_ENTRY));
        List<ScanRecord> earlier = List.of(ScanRecord.admitted(java.util.UUID.randomUUID(), 1, EVENT, "east-gate",
                IN, at.minusSeconds(600)));

        AdmissionDecision first = ADMISSION.decide(verification, "north-gate", IN, at, earlier);
        AdmissionDecision second = ADMISSION.decide(verification, "north-gate", IN, at, earlier);

        assertThat(first).isEqualTo(second).hasSameHashCodeAs(second)
                .isNotEqualTo(ADMISSION.decide(verification, "north-gate", IN, at, List.of()));
        assertThat(first.message("vi")).isEqualTo("Vé đã dùng lúc 09:50 tại Cổng Đông");
    }

    @Test
    void test_of_badArguments() {
        assertThatThrownBy(() -> Admission.of(EVENT, List.of(TicketTypeRules.of(1), TicketTypeRules.of(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ticket type 1");
        assertThatThrownBy(() -> ADMISSION.withEntrances(List.of(NORTH, Entrance.of("north-gate", SOUTH.name()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same key");
        TicketVerification valid = new TicketVerification.Valid(claims(1, EntryPolicy.SINGLE_ENTRY));
        assertThatThrownBy(() -> ADMISSION.decide(valid, "North Gate", IN, Instant.EPOCH, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("North Gate");
        assertThatThrownBy(() -> ADMISSION.decide(null, "north-gate", IN, Instant.EPOCH, List.of()))
                .isInstanceOf(NullPointerException.class);
        assertThat(ADMISSION.decide(valid, "north-gate", IN, local("2026-02-17T10:00"), List.of()).claims())
                .isEqualTo(Optional.of(claims(1, EntryPolicy.SINGLE_ENTRY)));
    }
}
