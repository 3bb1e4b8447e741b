/**
 * Border gates of Lai Châu on the border with Yunnan (China), their kinds and opening hours, and the trade
 * targets set for the border-gate economy: a {@link org.festgate.core.gate.TradeTarget}'s
 * {@link org.festgate.core.gate.TargetPath} of compound growth, the recorded
 * {@link org.festgate.core.gate.TradeSeries} of an indicator, its {@link org.festgate.core.gate.GrowthRates} and
 * each year's {@link org.festgate.core.gate.TargetGap} from the path, all in exact decimal arithmetic.
 */
package org.festgate.core.gate;
