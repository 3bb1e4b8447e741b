package org.festgate.web.fair;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.festgate.web.platform.problem.Problem;
import org.festgate.web.platform.problem.ProblemException;

/**
 * A vendor's stall application as it is sent:
 * <pre>{"category":"CUISINE", "days":["2027-03-01","2027-03-02"], "needsPower":true,
 *  "preferredStalls":["A-01","A-02"], "productKeys":["che-shan-tuyet"]}</pre>
 * At most three preferred stalls, in order; products from the vendor's own catalogue. Public fields, not a
 * record: see {@code SignInRequest}.
 */
public class ApplicationInput {

    @NotNull
    @Size(max = 32)
    public String category;

    @NotEmpty
    @Size(max = 60)
    public List<@NotNull @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be a date such as 2027-03-01")
            String> days;

    public boolean needsPower;

    @Size(max = 3)
    public List<@NotNull @Size(max = 16) String> preferredStalls = new ArrayList<>();

    @Size(max = 100)
    public List<@NotNull @Size(max = 64) String> productKeys = new ArrayList<>();

    /**
     * The parsed request.
     *
     * @throws ProblemException 400 naming the field with a bad or repeated value
     */
    ApplicationRequest toRequest() {
        Set<LocalDate> dates = new HashSet<>();
        days.forEach(d -> dates.add(FieldParser.date("days", d)));
        if (new HashSet<>(preferredStalls).size() != preferredStalls.size()) {
            throw new ProblemException(Problem.invalidField("preferredStalls", "a stall is named twice"));
        }
        return new ApplicationRequest(FieldParser.category("category", category), dates, needsPower,
                preferredStalls, new HashSet<>(productKeys));
    }
}
