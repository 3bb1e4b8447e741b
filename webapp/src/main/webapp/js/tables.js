// Data tables of the figures pages (dashboard, festival report): a header row of column names and rows whose first
// cell heads the row; numbers in the page's language.
import { lang, t } from './i18n.js';

/** A number in the page's language; '–' for none. */
export function number(value) {
  return value == null ? '–' : new Intl.NumberFormat(lang()).format(Number(value));
}

function cell(tag, text, scope) {
  const element = document.createElement(tag);
  element.textContent = text;
  if (scope) element.scope = scope;
  return element;
}

/** Fills a table: columns are the header texts, each row a list of cell texts (the first one heads the row). */
export function fillTable(table, columns, rows) {
  const head = document.createElement('thead');
  head.append(document.createElement('tr'));
  head.firstChild.append(...columns.map((column) => cell('th', column, 'col')));
  const body = document.createElement('tbody');
  rows.forEach(([first, ...rest]) => {
    const tr = document.createElement('tr');
    tr.append(cell('th', first, 'row'), ...rest.map((text) => cell('td', text)));
    body.append(tr);
  });
  table.replaceChildren(head, body);
}

/**
 * Where local products come from, as the figures count them: the former district (abolished in 2025, a label
 * only) where the product names one, else its commune.
 */
export function placeLabel({ formerDistrict, commune }) {
  if (formerDistrict) return t('report.formerDistrictOf', { name: formerDistrict });
  return commune ? t('report.communeOf', { name: commune }) : t('report.unknownPlace');
}
