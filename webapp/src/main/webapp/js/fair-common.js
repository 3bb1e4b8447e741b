// What the three fair pages share: stall category colours, money and dates for people, the fair key of the
// address, and status lines.
import { t, pick, lang } from './i18n.js';
import { formatDate } from './dates.js';
import { api } from './api.js';

/** Fill colours of the stall categories; dark text stays above 4.5:1 on each of them. */
export const CATEGORY_COLORS = {
  AGRICULTURAL_PRODUCTS: '#cfe8c6',
  PROCESSED_FOOD: '#ffe0b2',
  CRAFTS_AND_BROCADE: '#e4d0f2',
  CUISINE: '#ffcdd2',
  BORDER_TRADE_GOODS: '#c7e2f6',
  GENERAL: '#e6e2d8',
};

/** The key of the fair in the address: fair.html?key=... */
export function fairKeyOfAddress() {
  return new URLSearchParams(location.search).get('key');
}

/** An amount in đồng, formatted for the page's language. */
export function money(vnd) {
  const locale = { vi: 'vi-VN', en: 'en-GB', zh: 'zh-CN' }[lang()] || 'vi-VN';
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(vnd);
}

/** Dates for people, joined. */
export function dayList(days) {
  return (days || []).map((d) => formatDate(d, lang())).join(', ');
}

/** The label of a stall category of a fair view ({categories:[{code,label}]}). */
export function categoryName(fair, code) {
  const category = (fair?.categories || []).find((c) => c.code === code);
  return category ? pick(category.label) : code;
}

export { setStatus } from './status.js';

/** The words of a refused request: the problem's reasons, else its detail. */
export function problemText(error) {
  const reasons = (error.errors || []).map((e) => e.reason);
  return t('fair.refused', { detail: reasons.length ? reasons.join('; ') : error.message });
}

/** An element with attributes and text. */
export function element(tag, attributes = {}, text = '') {
  const el = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => el.setAttribute(name, value));
  if (text) el.textContent = text;
  return el;
}

/** Fills a select with the fairs ({key, name, firstDay}) and answers them. */
export async function fillFairSelect(select) {
  const fairs = await api('/api/fairs');
  select.replaceChildren(...fairs.map((f) => element('option', { value: f.key },
    `${pick(f.name)} · ${formatDate(f.firstDay, lang())}`)));
  return fairs;
}
