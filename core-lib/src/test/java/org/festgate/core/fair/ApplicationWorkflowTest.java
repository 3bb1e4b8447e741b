package org.festgate.core.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every state, action and role: the moves of issue 4 are allowed and lead to their state, all others throw. */
class ApplicationWorkflowTest {

    private static final ApplicationWorkflow WORKFLOW = ApplicationWorkflow.standard();

    /** The moves, written out one by one as the issue and the API contract list them: role, action, from, to. */
    private static final List<Move> ALLOWED = List.of(
            new Move(FairRole.VENDOR, ApplicationAction.SUBMIT, ApplicationState.DRAFT, ApplicationState.SUBMITTED),
            new Move(FairRole.VENDOR, ApplicationAction.CANCEL, ApplicationState.DRAFT, ApplicationState.CANCELLED),
            new Move(FairRole.VENDOR, ApplicationAction.CANCEL, ApplicationState.SUBMITTED,
                    ApplicationState.CANCELLED),
            new Move(FairRole.VENDOR, ApplicationAction.CANCEL, ApplicationState.APPROVED, ApplicationState.CANCELLED),
            new Move(FairRole.VENDOR, ApplicationAction.CANCEL, ApplicationState.WAIT_LISTED,
                    ApplicationState.CANCELLED),
            new Move(FairRole.VENDOR, ApplicationAction.CANCEL, ApplicationState.ALLOCATED,
                    ApplicationState.CANCELLED),
            new Move(FairRole.ORGANIZER, ApplicationAction.APPROVE, ApplicationState.SUBMITTED,
                    ApplicationState.APPROVED),
            new Move(FairRole.ORGANIZER, ApplicationAction.APPROVE, ApplicationState.WAIT_LISTED,
                    ApplicationState.APPROVED),
            new Move(FairRole.ORGANIZER, ApplicationAction.WAIT_LIST, ApplicationState.SUBMITTED,
                    ApplicationState.WAIT_LISTED),
            new Move(FairRole.ORGANIZER, ApplicationAction.REJECT, ApplicationState.SUBMITTED,
                    ApplicationState.REJECTED),
            new Move(FairRole.ORGANIZER, ApplicationAction.REJECT, ApplicationState.WAIT_LISTED,
                    ApplicationState.REJECTED),
            new Move(FairRole.ORGANIZER, ApplicationAction.REJECT, ApplicationState.APPROVED,
                    ApplicationState.REJECTED),
            new Move(FairRole.ORGANIZER, ApplicationAction.ALLOCATE, ApplicationState.APPROVED,
                    ApplicationState.ALLOCATED),
            new Move(FairRole.ORGANIZER, ApplicationAction.RELEASE, ApplicationState.ALLOCATED,
                    ApplicationState.APPROVED),
            new Move(FairRole.ORGANIZER, ApplicationAction.CONFIRM_PAYMENT, ApplicationState.ALLOCATED,
                    ApplicationState.PAID),
            new Move(FairRole.ORGANIZER, ApplicationAction.CHECK_IN, ApplicationState.PAID,
                    ApplicationState.CHECKED_IN),
            new Move(FairRole.ORGANIZER, ApplicationAction.CANCEL, ApplicationState.DRAFT,
                    ApplicationState.CANCELLED),
            new Move(FairRole.ORGANIZER, ApplicationAction.CANCEL, ApplicationState.SUBMITTED,
                    ApplicationState.CANCELLED),
            new Move(FairRole.ORGANIZER, ApplicationAction.CANCEL, ApplicationState.APPROVED,
                    ApplicationState.CANCELLED),
            new Move(FairRole.ORGANIZER, ApplicationAction.CANCEL, ApplicationState.WAIT_LISTED,
                    ApplicationState.CANCELLED),
            new Move(FairRole.ORGANIZER, ApplicationAction.CANCEL, ApplicationState.ALLOCATED,
                    ApplicationState.CANCELLED),
            new Move(FairRole.ORGANIZER, ApplicationAction.CANCEL, ApplicationState.PAID,
                    ApplicationState.CANCELLED));

    record Move(FairRole role, ApplicationAction action, ApplicationState from, ApplicationState to) {
    }

    /** All 9 x 9 x 2 = 162 combinations, each with the state it must lead to, or null if it must be refused. */
    static Stream<Arguments> everyCombination() {
        List<Arguments> all = new ArrayList<>();
        for (ApplicationState from : ApplicationState.values()) {
            for (ApplicationAction action : ApplicationAction.values()) {
                for (FairRole role : FairRole.values()) {
                    ApplicationState to = ALLOWED.stream()
                            .filter(m -> m.role() == role && m.action() == action && m.from() == from)
                            .map(Move::to).findFirst().orElse(null);
                    all.add(Arguments.of(from, action, role, to));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{2} {1} from {0} -> {3}")
    @MethodSource("everyCombination")
    void test_next(ApplicationState from, ApplicationAction action, FairRole role, ApplicationState expected) {
        if (expected != null) {
            assertThat(WORKFLOW.next(from, action, role)).isEqualTo(expected);
            assertThat(WORKFLOW.allowed(from, role)).contains(action);
        } else {
            assertThatThrownBy(() -> WORKFLOW.next(from, action, role))
                    .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                        assertThat(e.from()).isEqualTo(from);
                        assertThat(e.action()).isEqualTo(action);
                        assertThat(e.role()).isEqualTo(role);
                    })
                    .hasMessageContainingAll(from.name(), action.name(), role.name());
            assertThat(WORKFLOW.allowed(from, role)).doesNotContain(action);
        }
    }

    @Test
    void test_everyCombinationCovered() {
        assertThat(everyCombination()).hasSize(162);
        assertThat(everyCombination().filter(a -> a.get()[3] != null)).hasSize(ALLOWED.size());
    }

    @Test
    void test_message() {
        assertThatThrownBy(() -> WORKFLOW.next(ApplicationState.SUBMITTED, ApplicationAction.APPROVE, FairRole.VENDOR))
                .hasMessage("a VENDOR cannot APPROVE an application that is SUBMITTED");
        assertThatThrownBy(() -> WORKFLOW.next(ApplicationState.DRAFT, ApplicationAction.CHECK_IN,
                FairRole.ORGANIZER)).hasMessage("an ORGANIZER cannot CHECK_IN an application that is DRAFT");
    }

    @Test
    void test_allowed_examples() {
        assertThat(WORKFLOW.allowed(ApplicationState.DRAFT, FairRole.VENDOR))
                .containsExactly(ApplicationAction.SUBMIT, ApplicationAction.CANCEL);
        assertThat(WORKFLOW.allowed(ApplicationState.SUBMITTED, FairRole.ORGANIZER)).containsExactly(
                ApplicationAction.APPROVE, ApplicationAction.WAIT_LIST, ApplicationAction.REJECT,
                ApplicationAction.CANCEL);
        assertThat(WORKFLOW.allowed(ApplicationState.PAID, FairRole.VENDOR)).isEmpty();
    }

    @Test
    void test_finalStates_allowNothing() {
        for (ApplicationState state : ApplicationState.values()) {
            Set<ApplicationAction> any = EnumSet.noneOf(ApplicationAction.class);
            for (FairRole role : FairRole.values()) {
                any.addAll(WORKFLOW.allowed(state, role));
            }
            assertThat(any.isEmpty()).as("%s", state).isEqualTo(state.isFinal());
        }
        assertThat(EnumSet.allOf(ApplicationState.class)).filteredOn(ApplicationState::isFinal).containsExactly(
                ApplicationState.REJECTED, ApplicationState.CHECKED_IN, ApplicationState.CANCELLED);
    }

    @Test
    void test_nulls() {
        assertThatNullPointerException().isThrownBy(() -> WORKFLOW.next(null, ApplicationAction.SUBMIT,
                FairRole.VENDOR)).withMessage("from is required");
        assertThatNullPointerException().isThrownBy(() -> WORKFLOW.allowed(ApplicationState.DRAFT, null))
                .withMessage("role is required");
    }
}
