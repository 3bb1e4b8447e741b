/**
 * Border gates of Lai Châu on the border with Yunnan (China), their kinds and opening hours, and the trade
 * targets set for the border-gate economy.
 */
package org.festgate.core.gate;
