/**
 * Text shared by every record of the domain: names in the three languages of Festgate (Vietnamese, English,
 * Chinese), where a record comes from, and the small argument checks used by the value types.
 */
package org.festgate.core.text;
