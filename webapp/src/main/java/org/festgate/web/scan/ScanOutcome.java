package org.festgate.web.scan;

/** The answer at the gate. */
public enum ScanOutcome {
    ADMIT,
    REFUSE;

    static ScanOutcome of(boolean admitted) {
        return admitted ? ADMIT : REFUSE;
    }
}
