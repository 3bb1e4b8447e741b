/**
 * Local products of Lai Châu offered for trade and export: their categories, OCOP ratings and geographical
 * indications.
 */
package org.festgate.core.goods;
