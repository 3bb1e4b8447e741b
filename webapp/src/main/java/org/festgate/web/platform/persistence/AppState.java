package org.festgate.web.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A named piece of the application's own state, such as whether the first administrator exists. Start-up
 * tasks lock their row, so across all instances sharing the database each task runs once.
 */
@Entity
@Table(name = "app_state")
public class AppState {

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "state_value", nullable = false, length = 200)
    private String value;

    protected AppState() {
    }

    public String value() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}
