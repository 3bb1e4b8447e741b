// Plain calendar dates as "YYYY-MM-DD" strings, computed in UTC so no time zone shifts a day.
import { ZONE } from './province.js';
export function iso(date) { return date.toISOString().slice(0, 10); }
export function parseIso(text) { const [y, m, d] = text.split('-').map(Number); return new Date(Date.UTC(y, m - 1, d)); }
export function addDays(text, n) { const d = parseIso(text); d.setUTCDate(d.getUTCDate() + n); return iso(d); }
/** Today's date in Lai Châu ("en-CA" formats as YYYY-MM-DD). */
export function todayIso() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date());
}
/** Every date from start to end, both included. */
export function daysBetween(start, end) {
  const days = [];
  for (let d = start; d <= end; d = addDays(d, 1)) days.push(d);
  return days;
}
/** A date for people: 3/3/2026 in vi, 3 Mar 2026 in en, 2026年3月3日 in zh. */
export function formatDate(text, lang) {
  const locale = { vi: 'vi-VN', en: 'en-GB', zh: 'zh-CN' }[lang] || 'vi-VN';
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC', weekday: 'short' })
    .format(parseIso(text));
}
