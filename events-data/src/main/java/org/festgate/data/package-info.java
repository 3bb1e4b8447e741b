/**
 * Lai Châu's bundled data set and its reader.
 *
 * <p>{@link org.festgate.data.DataSetReader} parses {@code org/festgate/data/laichau.json} (format described in
 * {@code events-data/FORMAT.md}) into core-lib values held by an immutable
 * {@link org.festgate.data.ProvinceDataSet}. Every record is keyed by a stable slug so that an importer can
 * upsert it; every record carries a source id or is flagged as a sample. A bad file fails with a single
 * {@link org.festgate.data.DataSetException} that names the array index, the record key and the field.
 */
package org.festgate.data;
