// organizer/dashboard.html: the department's figures as charts (Chart.js, loaded as the global Chart from
// /vendor/chartjs/), each with a heading, a one-sentence summary and its numbers as a table: per year the visitors
// and entries per festival (with a link to that year's festival reports); per ticketed event the tickets issued
// against capacity, entries per hour and per entrance; per fair the booked stall-days and the sales per category and
// per former district; the border-gate trade against the target path. Every chart is one call to /api/figures or
// /api/trade/progress. A link may choose the year, the event and the fair (?year=2026&event=id&fair=key).
import { initI18n, onLanguageChange, t, pick } from './i18n.js';
import { api } from './api.js';
import { requireSession } from './session.js';
import { setStatus } from './status.js';
import { fillTable, number, placeLabel } from './tables.js';

const $ = (id) => document.getElementById(id);
const COLOURS = ['#90a4ae', '#1565c0'];
/** What each chart shows now, as a function of the current language: redrawn when the language changes. */
const specs = new Map();
let events = [];
let progress = [];
/** A link to the page may choose the year, the event and the fair: ?year=2026&event=id&fair=key. */
const LINK = new URLSearchParams(location.search);

function sum(rows, field) {
  return rows.reduce((total, row) => total + Number(row[field] ?? 0), 0);
}

function fillChartTable(table, { labelKey, labels, series }) {
  fillTable(table, [t(labelKey), ...series.map((s) => t(s.key))],
    labels.map((label, i) => [label, ...series.map((s) => number(s.values[i]))]));
}

/** Draws one chart section from {type, labelKey, labels, series:[{key, values}], summary}. */
function draw(name) {
  const spec = specs.get(name)();
  const section = document.querySelector(`[data-chart="${name}"]`);
  const canvas = section.querySelector('canvas');
  window.Chart.getChart(canvas)?.destroy();
  new window.Chart(canvas, {
    type: spec.type,
    data: {
      labels: spec.labels,
      datasets: spec.series.map((s, i) => ({
        label: t(s.key), data: s.values, backgroundColor: COLOURS[i % COLOURS.length],
        borderColor: COLOURS[i % COLOURS.length], spanGaps: true,
      })),
    },
    options: { responsive: true, animation: false, scales: { y: { beginAtZero: true } } },
  });
  section.querySelector('.summary').textContent = spec.labels.length ? spec.summary : t('dash.noData');
  fillChartTable(section.querySelector('table'), spec);
}

function show(name, spec) {
  specs.set(name, spec);
  draw(name);
}

function busiest(labels, values) {
  const i = values.indexOf(Math.max(...values));
  return { label: labels[i] ?? '–', count: number(values[i] ?? 0) };
}

// --- the festivals of a year --------------------------------------------------------------------------------------

function showReportLink() {
  const year = $('year').value;
  $('report-link').href = `/organizer/report.html?year=${encodeURIComponent(year)}`;
  $('report-link').textContent = t('dash.reportLink', { year });
}

async function loadFestivals() {
  const year = $('year').value;
  if (!/^\d{4}$/.test(year)) return;
  showReportLink();
  const festivals = await api(`/api/figures/festivals/visitors?year=${year}`);
  show('visitors', () => {
    const labels = festivals.map((f) => pick(f.name));
    const values = festivals.map((f) => f.visitors);
    return {
      type: 'bar', labelKey: 'dash.festival', labels,
      series: [{ key: 'dash.visitorCount', values }, { key: 'dash.entries', values: festivals.map((f) => f.entries) }],
      summary: t('dash.visitorsSummary', { visitors: number(sum(festivals, 'visitors')),
        entries: number(sum(festivals, 'entries')), festivals: number(festivals.length), ...busiest(labels, values) }),
    };
  });
}

// --- a ticketed event ----------------------------------------------------------------------------------------

function entranceName(event, key) {
  const entrance = (event?.venue?.entrances || []).find((e) => e.key === key);
  return entrance ? pick(entrance.name) : key;
}

async function loadEvent() {
  const event = events.find((e) => String(e.id) === $('event').value);
  if (!event) return;
  const path = `/api/figures/events/${event.id}`;
  const [tickets, hours, entrances] = await Promise.all([
    api(`${path}/tickets`), api(`${path}/entries/hours`), api(`${path}/entries/entrances`)]);
  show('tickets', () => ({
    type: 'bar', labelKey: 'dash.ticketType', labels: tickets.map((x) => pick(x.name)),
    series: [{ key: 'dash.capacity', values: tickets.map((x) => x.capacity) },
      { key: 'dash.issued', values: tickets.map((x) => x.issued) }],
    summary: t('dash.ticketsSummary', { issued: number(sum(tickets, 'issued')), capacity: number(sum(tickets, 'capacity')) }),
  }));
  show('hours', () => {
    const labels = hours.map((x) => x.hour.slice(0, 16).replace('T', ' '));
    const values = hours.map((x) => x.entries);
    return {
      type: 'line', labelKey: 'dash.hour', labels, series: [{ key: 'dash.entries', values }],
      summary: t('dash.hoursSummary', { total: number(sum(hours, 'entries')), ...busiest(labels, values) }),
    };
  });
  show('entrances', () => {
    const labels = entrances.map((x) => entranceName(event, x.entranceKey));
    const values = entrances.map((x) => x.entries);
    return {
      type: 'bar', labelKey: 'dash.entrance', labels, series: [{ key: 'dash.entries', values }],
      summary: t('dash.entrancesSummary', { total: number(sum(entrances, 'entries')), ...busiest(labels, values) }),
    };
  });
}

// --- a fair ----------------------------------------------------------------------------------------------------

async function loadFair() {
  const key = $('fair').value;
  if (!key) return;
  const path = `/api/figures/fairs/${encodeURIComponent(key)}`;
  const [occupancy, sales, districts] = await Promise.all([api(`${path}/occupancy`), api(`${path}/sales`),
    api(`${path}/sales/districts`)]);
  show('occupancy', () => ({
    type: 'bar', labelKey: 'dash.category', labels: occupancy.byCategory.map((c) => pick(c.label)),
    series: [{ key: 'dash.stallDays', values: occupancy.byCategory.map((c) => c.stallDays) },
      { key: 'dash.booked', values: occupancy.byCategory.map((c) => c.booked) }],
    summary: t('dash.occupancySummary', { booked: number(occupancy.booked), stallDays: number(occupancy.stallDays),
      percent: occupancy.stallDays ? Math.round((100 * occupancy.booked) / occupancy.stallDays) : 0 }),
  }));
  show('sales', () => ({
    type: 'bar', labelKey: 'dash.category', labels: sales.byCategory.map((c) => pick(c.label)),
    series: [{ key: 'dash.valueVnd', values: sales.byCategory.map((c) => c.valueVnd) }],
    summary: t('dash.salesSummary', { value: number(sales.valueVnd), quantity: number(sales.quantity) }),
  }));
  show('districts', () => {
    const labels = districts.map(placeLabel);
    const values = districts.map((d) => d.valueVnd);
    return {
      type: 'bar', labelKey: 'report.place', labels, series: [{ key: 'dash.valueVnd', values }],
      summary: t('dash.districtsSummary', { value: number(sum(districts, 'valueVnd')), ...busiest(labels, values) }),
    };
  });
}

// --- trade against the targets -----------------------------------------------------------------------------------

function showTrade() {
  const target = progress.find((p) => p.indicator === $('indicator').value);
  if (!target) return;
  show('trade', () => {
    const recorded = target.years.filter((y) => y.actualUsd != null);
    const last = recorded[recorded.length - 1];
    return {
      type: 'line', labelKey: 'dash.year', labels: target.years.map((y) => String(y.year)),
      series: [{ key: 'dash.target', values: target.years.map((y) => y.targetUsd ?? null) },
        { key: 'dash.actual', values: target.years.map((y) => y.actualUsd ?? null) }],
      summary: last
        ? t('dash.tradeSummary', { year: last.year, actual: number(last.actualUsd), target: number(last.targetUsd ?? 0),
          percent: last.differencePercent ?? '–' })
        : t('dash.noData'),
    };
  });
}

function fillSelects() {
  $('event').replaceChildren(...events.map((e) => new Option(`${pick(e.name)} · ${e.startDate}`, String(e.id),
    false, String(e.id) === $('event').value)));
  $('indicator').replaceChildren(...progress.map((p) => new Option(t(`dash.indicator.${p.indicator}`), p.indicator,
    false, p.indicator === $('indicator').value)));
}

/** The events to choose from, with the one a link names (?event=id) first and chosen, listed or not. */
async function withLinkedEvent(listed) {
  const id = LINK.get('event');
  if (!id) return listed;
  const linked = listed.find((e) => String(e.id) === id) ?? await api(`/api/events/${encodeURIComponent(id)}`);
  $('event').replaceChildren(new Option('', String(linked.id), true, true));
  return [linked, ...listed.filter((e) => e !== linked)];
}

/** Fills each chart section from the template: heading, canvas, summary and table, tied together by ids. */
function buildSections() {
  const template = $('chart-section');
  document.querySelectorAll('section[data-chart]').forEach((section) => {
    const name = section.dataset.chart;
    section.append(template.content.cloneNode(true));
    const heading = section.querySelector('h3');
    heading.id = `${name}-heading`;
    heading.dataset.i18n = section.dataset.titleKey;
    section.querySelector('.summary').id = `${name}-summary`;
    section.setAttribute('aria-labelledby', heading.id);
    const canvas = section.querySelector('canvas');
    canvas.setAttribute('aria-labelledby', heading.id);
    canvas.setAttribute('aria-describedby', `${name}-summary`);
  });
}

async function start() {
  buildSections();
  await initI18n();
  const status = $('page-status');
  if (!await requireSession(['ORGANIZER', 'ADMIN'], status)) return;
  try {
    const [eventList, fairs, targets] = await Promise.all([api('/api/events'), api('/api/fairs'), api('/api/trade/progress')]);
    events = await withLinkedEvent(eventList);
    progress = targets;
    const linkedFair = LINK.get('fair');
    $('fair').replaceChildren(...fairs.map((f) => new Option(`${pick(f.name)} · ${f.key}`, f.key, false, f.key === linkedFair)));
    fillSelects();
    $('year').value = LINK.get('year') ?? String(new Date().getFullYear());
    $('year').addEventListener('change', () => loadFestivals().catch((e) => setStatus(status, e.message, 'bad')));
    $('event').addEventListener('change', () => loadEvent().catch((e) => setStatus(status, e.message, 'bad')));
    $('fair').addEventListener('change', () => loadFair().catch((e) => setStatus(status, e.message, 'bad')));
    $('indicator').addEventListener('change', showTrade);
    onLanguageChange(() => { fillSelects(); showReportLink(); specs.forEach((spec, name) => draw(name)); });
    await Promise.all([loadFestivals(), loadEvent(), loadFair()]);
    showTrade();
    $('main').dataset.ready = 'true';
  } catch (e) {
    setStatus(status, e.message, 'bad');
  }
}

start();
