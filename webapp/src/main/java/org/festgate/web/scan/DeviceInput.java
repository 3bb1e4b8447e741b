package org.festgate.web.scan;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.festgate.web.platform.rest.TextRules;

/**
 * A device to register: {@code {"eventId":50,"entrances":["north-gate"],"label":"phone 3"}}. Public fields, not
 * a record: see {@code SignInRequest}.
 */
public class DeviceInput {

    @Min(1)
    public long eventId;

    @NotEmpty
    @Size(max = 20)
    public List<@NotNull @Pattern(regexp = TextRules.KEY, message = "must be an entrance key") String> entrances;

    @Size(max = 100)
    @Pattern(regexp = TextRules.ONE_LINE, message = TextRules.MESSAGE)
    public String label;
}
