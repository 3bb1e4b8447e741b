/**
 * Places: coordinates and communes. Since 1 July 2025 Vietnam has two levels of local government, province and
 * commune; a {@link org.festgate.core.place.Commune} keeps its former district only as a label for old documents.
 */
package org.festgate.core.place;
