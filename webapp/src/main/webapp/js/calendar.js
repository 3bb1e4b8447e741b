// index.html: the public festival calendar (month grid or list), ethnic-group filter and subscription links.
import { initI18n, onLanguageChange, t, pick, lang } from './i18n.js';
import { api } from './api.js';
import { iso, addDays, parseIso, todayIso, daysBetween, formatDate } from './dates.js';

import { ETHNIC_GROUPS as GROUPS, FIRST_YEAR, LAST_YEAR, nowInLaiChau } from './province.js';

const params = new URLSearchParams(location.search);
const now = nowInLaiChau();
const state = {
  year: clampInt(params.get('year'), FIRST_YEAR, LAST_YEAR, now.year),
  month: clampInt(params.get('month'), 1, 12, now.month),
  group: GROUPS.includes(params.get('ethnicGroup')) ? params.get('ethnicGroup') : '',
  view: params.get('view') === 'list' ? 'list' : 'grid',
  scope: params.get('scope') === 'year' ? 'year' : 'month',
  festivals: [],
  lunar: new Map(), // ISO date -> {day, month, leapMonth}
  focusDate: null,
};
let loadCounter = 0;

function clampInt(text, min, max, fallback) {
  const n = Number.parseInt(text, 10);
  return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

const $ = (id) => document.getElementById(id);

function monthTitle() {
  if (state.view === 'list' && state.scope === 'year') return String(state.year);
  const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' })
    .format(new Date(Date.UTC(state.year, state.month - 1, 1)));
  return t('calendar.monthYear', { month: state.month, year: state.year, monthName });
}

function gridRange() {
  const first = `${state.year}-${String(state.month).padStart(2, '0')}-01`;
  const firstDow = (parseIso(first).getUTCDay() + 6) % 7; // Monday = 0
  const start = addDays(first, -firstDow);
  const last = iso(new Date(Date.UTC(state.year, state.month, 0)));
  const lastDow = (parseIso(last).getUTCDay() + 6) % 7;
  return { first, last, start, end: addDays(last, 6 - lastDow) };
}

/** Lunar dates of the grid: one conversion for the first cell, then counting; asks again on day 29 and 30. */
async function loadLunar(start, end) {
  if (state.lunar.has(start) && state.lunar.has(end)) return;
  let date = start;
  let lunar = state.lunar.get(date) || (await api(`/api/lunar?solar=${date}`)).lunar;
  while (date <= end) {
    state.lunar.set(date, lunar);
    const next = addDays(date, 1);
    if (lunar.day >= 29) {
      lunar = state.lunar.get(next) || (await api(`/api/lunar?solar=${next}`)).lunar;
    } else {
      lunar = { ...lunar, day: lunar.day + 1 };
    }
    date = next;
  }
}

function lunarLabel(lunar) {
  return `${lunar.day}/${lunar.month}${lunar.leapMonth ? t('leap.mark') : ''}`;
}

/** Festivals by day: ISO date -> [festival]. */
function festivalsByDay(from, to) {
  const byDay = new Map();
  for (const festival of state.festivals) {
    for (const occurrence of festival.occurrences || []) {
      for (const day of daysBetween(occurrence.start, occurrence.end || occurrence.start)) {
        if (day < from || day > to) continue;
        if (!byDay.has(day)) byDay.set(day, []);
        if (!byDay.get(day).includes(festival)) byDay.get(day).push(festival);
      }
    }
  }
  return byDay;
}

function sampleBadge(short) {
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.textContent = t(short ? 'sample.short' : 'sample.badge');
  badge.title = t('sample.title');
  return badge;
}

function renderGrid() {
  const { start, end, first, last } = gridRange();
  const weekdays = $('weekday-row');
  weekdays.replaceChildren(...[1, 2, 3, 4, 5, 6, 7].map((n) => {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = t(`weekday.short.${n}`);
    return th;
  }));
  const byDay = festivalsByDay(start, end);
  const today = todayIso();
  const body = $('month-grid').tBodies[0];
  const rows = [];
  let row;
  if (!state.focusDate || state.focusDate < first || state.focusDate > last) {
    state.focusDate = today >= first && today <= last ? today : (byDay.size ? [...byDay.keys()].filter((d) => d >= first).sort()[0] || first : first);
  }
  for (const day of daysBetween(start, end)) {
    if (rows.length === 0 || row.children.length === 7) { row = document.createElement('tr'); rows.push(row); }
    const cell = document.createElement('td');
    cell.dataset.date = day;
    cell.tabIndex = day === state.focusDate ? 0 : -1;
    const inMonth = day >= first && day <= last;
    if (!inMonth) cell.classList.add('other-month');
    if (day === today) cell.classList.add('today');
    const festivals = byDay.get(day) || [];
    if (festivals.length) cell.classList.add('has-festival');
    const lunar = state.lunar.get(day);
    const head = document.createElement('div');
    head.className = 'day-head';
    const solar = document.createElement('span');
    solar.className = 'solar';
    solar.textContent = String(Number(day.slice(8)));
    head.append(solar);
    const labelParts = [formatDate(day, lang())];
    if (lunar) {
      const lunarSpan = document.createElement('span');
      lunarSpan.className = 'lunar' + (lunar.day === 1 ? ' new-month' : '');
      lunarSpan.textContent = lunarLabel(lunar);
      lunarSpan.dataset.lunar = lunarLabel(lunar);
      head.append(lunarSpan);
      labelParts.push(`${t('festival.lunar')} ${lunarLabel(lunar)}`);
    }
    cell.append(head);
    if (festivals.length) {
      labelParts.push(t('calendar.festivalsOn', { count: festivals.length }));
      const list = document.createElement('ul');
      for (const festival of festivals) {
        const li = document.createElement('li');
        const link = document.createElement('a');
        link.href = `/festivals/${encodeURIComponent(festival.key)}`;
        link.dataset.festival = festival.key;
        link.textContent = pick(festival.name);
        if (festival.sample) link.append(' ', sampleBadge(true));
        li.append(link);
        list.append(li);
      }
      cell.append(list);
    }
    cell.setAttribute('aria-label', labelParts.join(', '));
    row.append(cell);
  }
  body.replaceChildren(...rows);
}

function renderList() {
  const { first, last } = gridRange();
  const from = state.scope === 'year' ? `${state.year}-01-01` : first;
  const to = state.scope === 'year' ? `${state.year}-12-31` : last;
  const entries = [];
  for (const festival of state.festivals) {
    for (const occurrence of festival.occurrences || []) {
      if ((occurrence.end || occurrence.start) < from || occurrence.start > to) continue;
      entries.push({ festival, occurrence });
    }
  }
  entries.sort((a, b) => a.occurrence.start.localeCompare(b.occurrence.start));
  const list = $('festival-list');
  if (!entries.length) {
    const li = document.createElement('li');
    li.textContent = t('calendar.empty');
    list.replaceChildren(li);
    return;
  }
  list.replaceChildren(...entries.map(({ festival, occurrence }) => {
    const li = document.createElement('li');
    li.dataset.festival = festival.key;
    const date = document.createElement('div');
    date.className = 'date';
    let when = formatDate(occurrence.start, lang());
    if (occurrence.end && occurrence.end !== occurrence.start) when += ` – ${formatDate(occurrence.end, lang())}`;
    const ls = occurrence.lunarStart;
    if (ls) when += ` · ${t('festival.lunar')} ${lunarLabel(ls)} ${ls.yearName || ''}`;
    date.textContent = when;
    const link = document.createElement('a');
    link.href = `/festivals/${encodeURIComponent(festival.key)}`;
    link.textContent = pick(festival.name);
    const title = document.createElement('h2');
    title.append(link);
    if (festival.sample) title.append(' ', sampleBadge(false));
    const meta = document.createElement('div');
    meta.className = 'meta';
    const groups = (festival.ethnicGroups || []).map((g) => pick(g.name)).join(', ');
    const venue = festival.venue ? `${pick(festival.venue.name)}, ${festival.venue.commune || ''}` : '';
    meta.textContent = [groups, venue].filter(Boolean).join(' · ');
    li.append(date, title, meta);
    return li;
  }));
}

function renderGroupSelect() {
  const select = $('group-filter');
  const all = new Option(t('calendar.allGroups'), '');
  const options = GROUPS.map((code) => new Option(t(`group.${code}`), code));
  select.replaceChildren(all, ...options);
  select.value = state.group;
}

async function renderLinks() {
  const query = new URLSearchParams({ lang: lang() });
  if (state.group) query.set('ethnicGroup', state.group);
  try {
    const links = await api(`/api/calendar/links?${query}`);
    $('subscribe-link').href = links.webcal;
    $('download-link').href = links.ics;
  } catch (e) {
    $('download-link').href = `/api/calendar/festivals.ics?${query}`;
  }
}

function render() {
  $('month-title').textContent = monthTitle();
  $('grid-view').hidden = state.view !== 'grid';
  $('list-view').hidden = state.view !== 'list';
  $('scope-toggle').hidden = state.view !== 'list';
  $('view-grid').checked = state.view === 'grid';
  $('view-list').checked = state.view === 'list';
  $('scope-month').checked = state.scope === 'month';
  $('scope-year').checked = state.scope === 'year';
  if (state.view === 'grid') renderGrid(); else renderList();
}

function saveUrl() {
  const query = new URLSearchParams({ year: state.year, month: state.month });
  if (state.group) query.set('ethnicGroup', state.group);
  if (state.view === 'list') query.set('view', 'list');
  if (state.scope === 'year') query.set('scope', 'year');
  history.replaceState(null, '', `?${query}`);
}

async function load() {
  const mine = ++loadCounter;
  saveUrl();
  $('status').textContent = t('calendar.loading');
  $('month-grid').setAttribute('aria-busy', 'true');
  const query = new URLSearchParams({ year: state.year });
  if (!(state.view === 'list' && state.scope === 'year')) query.set('month', state.month);
  if (state.group) query.set('ethnicGroup', state.group);
  try {
    const { start, end } = gridRange();
    const [festivals] = await Promise.all([
      api(`/api/festivals?${query}`),
      loadLunar(start, end).catch(() => {}),
    ]);
    if (mine !== loadCounter) return;
    state.festivals = festivals;
    $('status').textContent = '';
    render();
    $('month-grid').dataset.loaded = `${state.year}-${state.month}`;
  } catch (e) {
    if (mine !== loadCounter) return;
    $('status').textContent = t('error.generic', { detail: e.message });
  } finally {
    if (mine === loadCounter) $('month-grid').removeAttribute('aria-busy');
  }
  renderLinks();
}

function moveMonth(delta) {
  const d = new Date(Date.UTC(state.year, state.month - 1 + delta, 1));
  state.year = d.getUTCFullYear();
  state.month = d.getUTCMonth() + 1;
  state.focusDate = null;
  load();
}

/** Arrow keys, Home/End and PageUp/PageDown move through the grid days. */
function onGridKey(event) {
  const cell = event.target.closest('td[data-date]');
  if (!cell || event.target !== cell) return;
  const moves = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
  let target = null;
  const day = cell.dataset.date;
  if (event.key in moves) target = addDays(day, moves[event.key]);
  else if (event.key === 'Home') target = addDays(day, -((parseIso(day).getUTCDay() + 6) % 7));
  else if (event.key === 'End') target = addDays(day, 6 - ((parseIso(day).getUTCDay() + 6) % 7));
  else if (event.key === 'PageUp' || event.key === 'PageDown') { event.preventDefault(); moveMonth(event.key === 'PageUp' ? -1 : 1); return; }
  else if (event.key === 'Enter') { const link = cell.querySelector('a'); if (link) link.click(); return; }
  if (!target) return;
  event.preventDefault();
  const { first, last } = gridRange();
  state.focusDate = target;
  const next = document.querySelector(`td[data-date="${target}"]`);
  if (next && target >= first && target <= last) {
    cell.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  } else {
    const d = parseIso(target);
    state.year = d.getUTCFullYear();
    state.month = d.getUTCMonth() + 1;
    load().then(() => document.querySelector(`td[data-date="${target}"]`)?.focus());
  }
}

async function start() {
  await initI18n();
  renderGroupSelect();
  $('prev-month').addEventListener('click', () => moveMonth(-1));
  $('next-month').addEventListener('click', () => moveMonth(1));
  $('group-filter').addEventListener('change', (e) => { state.group = e.target.value; load(); });
  document.querySelectorAll('input[name=view]').forEach((r) => r.addEventListener('change', (e) => { state.view = e.target.value; load(); }));
  document.querySelectorAll('input[name=scope]').forEach((r) => r.addEventListener('change', (e) => { state.scope = e.target.value; load(); }));
  $('month-grid').addEventListener('keydown', onGridKey);
  onLanguageChange(() => { renderGroupSelect(); render(); renderLinks(); });
  await load();
}

start();
