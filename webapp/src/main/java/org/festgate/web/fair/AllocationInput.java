package org.festgate.web.fair;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The assignments of an allocation preview to commit:
 * {@code {"assignments":[{"applicationId":51,"stallCode":"A-01"}]}}. Public fields, not a record: see
 * {@code SignInRequest}.
 */
public class AllocationInput {

    @NotNull
    @Valid
    @Size(max = 5000)
    public List<@NotNull StallChoiceInput> assignments;

    List<StallChoice> toChoices() {
        return assignments.stream().map(a -> a.toChoice(a.applicationId)).toList();
    }
}
