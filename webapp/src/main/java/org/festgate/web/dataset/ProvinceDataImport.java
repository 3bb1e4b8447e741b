package org.festgate.web.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.festgate.data.DataSetReader;
import org.festgate.data.ProvinceDataSet;
import org.festgate.web.platform.StartupTasks;
import org.festgate.web.platform.persistence.OncePerDatabase;

/**
 * Loads the province's data set (events-data) into the database: on the first start, and again whenever the
 * department asks. Records are matched by their stable keys, so importing twice updates, never duplicates.
 */
@ApplicationScoped
public class ProvinceDataImport {

    private static final Logger LOG = Logger.getLogger(ProvinceDataImport.class.getName());
    private static final String STATE = "province-data";

    @Inject
    private OncePerDatabase once;

    @Inject
    private DataSetWriter writer;

    /** On the very first start (across all instances), imports the bundled data set. */
    void onSchemaReady(@Observes StartupTasks.SchemaReady ready) {
        once.run(STATE, state -> {
            if (!"none".equals(state)) {
                return state;
            }
            ImportReport report = writer.write(DataSetReader.readBundled(), "system");
            LOG.info(() -> "Loaded the province data set: " + report);
            return "imported";
        });
    }

    /**
     * Imports a data set now, under the same lock as the first start, in one transaction: a data set with any bad
     * record never reaches this point, because the reader refuses it whole.
     *
     * @param dataSet the data set, read and validated
     * @param actor the administrator asking
     * @return how many records of each kind were written
     */
    public ImportReport importNow(ProvinceDataSet dataSet, String actor) {
        var report = new java.util.concurrent.atomic.AtomicReference<ImportReport>();
        once.run(STATE, state -> {
            report.set(writer.write(dataSet, actor));
            return "imported";
        });
        return report.get();
    }
}
