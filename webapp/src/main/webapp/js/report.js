// organizer/report.html?festival=KEY&year=YYYY: the festival report of one festival and year as tables (headline
// figures against the year before, attendance, tickets, vendors, sales of local products), with links to its PDF,
// its tables as CSV and as one XLSX workbook, all from /api/reports/festivals/{key}/{year}. Prints without the
// page's controls (CSS @media print).
import { initI18n, onLanguageChange, t, pick, lang } from './i18n.js';
import { api } from './api.js';
import { requireSession } from './session.js';
import { setStatus } from './status.js';
import { fillTable, number, placeLabel } from './tables.js';

const $ = (id) => document.getElementById(id);
const TABLES = ['attendance', 'events', 'tickets', 'vendors', 'sales-categories', 'sales-districts', 'top-products',
  'comparison'];
let report = null;

function address() {
  return `/api/reports/festivals/${encodeURIComponent(report.festivalKey)}/${report.year}`;
}

function previous(change) {
  return change.previousYear == null ? t('report.noData') : number(change.previousYear);
}

function percent(change) {
  return change.changePercent == null ? '–' : `${number(change.changePercent)} %`;
}

function fillLinks() {
  const language = `?lang=${lang()}`;
  $('pdf-link').href = `${address()}/report.pdf${language}`;
  $('xlsx-link').href = `${address()}/tables.xlsx${language}`;
  $('csv-links').replaceChildren(...TABLES.map((table) => {
    const link = document.createElement('a');
    link.href = `${address()}/tables/${table}.csv${language}`;
    link.textContent = t('report.csvOf', { table: t(`report.table.${table}`) });
    const item = document.createElement('li');
    item.append(link);
    return item;
  }));
}

function render() {
  if (!report) return;
  $('report-heading').textContent = t('report.heading', { name: pick(report.name), year: report.year });
  fillLinks();
  fillTable($('comparison-table'), ['report.figure', 'report.thisYear', 'report.previousYear', 'report.change',
    'report.changePercent'].map((key) => t(key)), report.comparison.map((c) => [t(`report.figure.${c.figure}`),
    number(c.thisYear), previous(c), c.change == null ? t('report.noData') : number(c.change), percent(c)]));

  const { attendance, tickets, vendors, sales } = report;
  $('attendance-summary').textContent = t('report.attendanceSummary', { entries: number(attendance.entries),
    visitors: number(attendance.visitors) });
  fillTable($('attendance-table'), [t('report.day'), t('report.entries')],
    attendance.perDay.map((d) => [d.day, number(d.entries)]));
  const counted = new Map(attendance.perEvent.map((a) => [a.eventId, a]));
  fillTable($('events-table'), [t('report.startDate'), t('report.entries'), t('report.visitors')],
    report.events.map((e) => [e.startDate, number(counted.get(e.eventId)?.entries ?? 0),
      number(counted.get(e.eventId)?.visitors ?? 0)]));
  fillTable($('tickets-table'), [t('report.ticketType'), t('report.capacity'), t('report.issued'), t('report.cancelled')],
    tickets.perType.map((x) => [pick(x.name), number(x.capacity), number(x.issued), number(x.cancelled)]));
  const fairs = new Map(report.fairs.map((f) => [f.key, f]));
  fillTable($('vendors-table'), [t('report.fair'), t('report.firstDay'), t('report.applications'),
    t('report.withStall'), t('report.checkedIn')], vendors.byFair.map((v) => [pick(fairs.get(v.fairKey)?.name),
    fairs.get(v.fairKey)?.firstDay ?? '', number(v.applications), number(v.withStall), number(v.checkedIn)]));

  $('sales-summary').textContent = t('report.salesSummary', { value: number(sales.valueVnd),
    quantity: number(sales.quantity) });
  const amounts = [t('report.quantity'), t('report.valueVnd')];
  fillTable($('sales-categories-table'), [t('report.category'), ...amounts],
    sales.byCategory.map((c) => [pick(c.label), number(c.quantity), number(c.valueVnd)]));
  fillTable($('sales-districts-table'), [t('report.place'), ...amounts],
    sales.byDistrict.map((d) => [placeLabel(d), number(d.quantity), number(d.valueVnd)]));
  fillTable($('top-products-table'), [t('report.product'), t('report.vendor'), ...amounts],
    sales.topProducts.map((p) => [pick(p.name), p.vendorName, number(p.quantity), number(p.valueVnd)]));
}

/** The festivals held in the chosen year, the one chosen before (or in the link) kept chosen. */
async function fillFestivals(chosen) {
  const year = $('year').value;
  const list = /^\d{4}$/.test(year) ? await api(`/api/festivals?year=${year}`) : [];
  $('festival').replaceChildren(...list.map((f) => new Option(pick(f.name), f.key, false, f.key === chosen)));
  if (chosen && !list.some((f) => f.key === chosen)) {
    $('festival').prepend(new Option(chosen, chosen, true, true));
  }
}

async function show(status) {
  const key = $('festival').value;
  const year = $('year').value;
  if (!key || !year) {
    setStatus(status, t('report.choose'), 'warn');
    return;
  }
  history.replaceState(null, '', `?festival=${encodeURIComponent(key)}&year=${encodeURIComponent(year)}`);
  report = await api(`/api/reports/festivals/${encodeURIComponent(key)}/${encodeURIComponent(year)}`);
  setStatus(status, '');
  render();
  $('report').hidden = false;
}

async function start() {
  await initI18n();
  const status = $('page-status');
  if (!await requireSession(['ORGANIZER', 'ADMIN'], status)) return;
  const link = new URLSearchParams(location.search);
  $('year').value = link.get('year') ?? String(new Date().getFullYear());
  try {
    await fillFestivals(link.get('festival'));
    $('year').addEventListener('change', () => fillFestivals($('festival').value)
      .catch((e) => setStatus(status, e.message, 'bad')));
    $('choose').addEventListener('submit', (event) => {
      event.preventDefault();
      show(status).catch((e) => setStatus(status, e.message, 'bad'));
    });
    $('print').addEventListener('click', () => window.print());
    onLanguageChange(render);
    if (link.get('festival')) await show(status);
    else setStatus(status, t('report.choose'), 'warn');
  } catch (e) {
    setStatus(status, e.message, 'bad');
  }
  $('main').dataset.ready = 'true';
}

start();
