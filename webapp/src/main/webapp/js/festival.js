// festival.html, served at /festivals/<key>: one festival, its dates this year and next, sessions and .ics links.
import { initI18n, onLanguageChange, t, pick, lang } from './i18n.js';
import { api } from './api.js';
import { formatDate } from './dates.js';
import { ruleInWords } from './rules.js';
import { coveredYearOr } from './province.js';

const $ = (id) => document.getElementById(id);

function festivalKey() {
  const match = location.pathname.match(/^\/festivals\/([^/]+)\/?$/);
  if (match) return decodeURIComponent(match[1]);
  return new URLSearchParams(location.search).get('key');
}

let years = [];

function lunarWords(lunar) {
  return t('festival.lunarText', {
    day: lunar.day, month: lunar.month, yearName: lunar.yearName || lunar.year,
    leap: lunar.leapMonth ? t('festival.leapWord') : '',
  });
}

function time(value) {
  if (!value) return '';
  const m = String(value).match(/T(\d{2}:\d{2})/) || String(value).match(/^(\d{2}:\d{2})/);
  return m ? m[1] : String(value);
}

function render() {
  const festival = years[0];
  if (!festival) return;
  document.title = `${pick(festival.name)} · Festgate`;
  $('festival-name').textContent = pick(festival.name);
  const provenance = $('provenance');
  provenance.replaceChildren();
  if (festival.sample) {
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.id = 'sample-badge';
    badge.textContent = t('sample.badge');
    badge.title = t('sample.title');
    provenance.append(badge, ' ');
  }
  if (festival.source) provenance.append(`${t('source.label')}: ${festival.source}`);
  $('festival-groups').textContent = (festival.ethnicGroups || []).map((g) => pick(g.name)).join(', ');
  $('festival-rule').textContent = `${ruleInWords(festival.rule)} · ${t('festival.duration', { days: festival.durationDays })}`;
  $('festival-venue').textContent = festival.venue ? pick(festival.venue.name) : '';
  $('festival-commune').textContent = festival.venue?.commune || '';
  $('festival-district').textContent = festival.venue?.formerDistrict || '—';
  $('festival-description').textContent = pick(festival.description);

  const table = document.createElement('table');
  table.className = 'plain';
  table.id = 'occurrence-table';
  const head = table.createTHead().insertRow();
  for (const key of ['festival.solar', 'festival.lunar', 'festival.yearName']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = t(key);
    head.append(th);
  }
  const body = table.createTBody();
  for (const view of years) {
    if (!view.occurrences?.length) {
      const row = body.insertRow();
      const cell = row.insertCell();
      cell.colSpan = 3;
      cell.textContent = t('festival.noOccurrence');
      continue;
    }
    for (const occurrence of view.occurrences) {
      const row = body.insertRow();
      row.dataset.start = occurrence.start;
      let solar = formatDate(occurrence.start, lang());
      if (occurrence.end && occurrence.end !== occurrence.start) solar += ` – ${formatDate(occurrence.end, lang())}`;
      row.insertCell().textContent = solar;
      const lunarCell = row.insertCell();
      lunarCell.className = 'lunar-date';
      lunarCell.textContent = occurrence.lunarStart ? lunarWords(occurrence.lunarStart) : '';
      const yearCell = row.insertCell();
      yearCell.className = 'year-name';
      yearCell.textContent = occurrence.lunarStart?.yearName || '';
    }
  }
  $('occurrences').replaceChildren(table);

  const sessions = festival.sessions || [];
  if (!sessions.length) {
    const p = document.createElement('p');
    p.textContent = t('festival.noSessions');
    $('sessions').replaceChildren(p);
  } else {
    const list = document.createElement('ul');
    for (const s of sessions) {
      const li = document.createElement('li');
      li.textContent = `${t('org.sessionDay')}: ${s.day} · ${time(s.start)}–${time(s.end)} · ${pick(s.title)}`;
      list.append(li);
    }
    $('sessions').replaceChildren(list);
  }
  const ics = `/api/calendar/festivals/${encodeURIComponent(festival.key)}.ics?lang=${lang()}`;
  $('download-link').href = ics;
  $('subscribe-link').href = `webcal://${location.host}${ics}`;
}

async function start() {
  await initI18n();
  onLanguageChange(render);
  const key = festivalKey();
  if (!key) {
    $('status').textContent = t('festival.notFound');
    return;
  }
  const asked = Number.parseInt(new URLSearchParams(location.search).get('year'), 10);
  const year = coveredYearOr(asked);
  try {
    years = await Promise.all([year, year + 1].map((y) => api(`/api/festivals/${encodeURIComponent(key)}?year=${y}`)));
    $('festival').hidden = false;
    render();
  } catch (e) {
    $('status').textContent = e.status === 404 ? t('festival.notFound') : t('error.generic', { detail: e.message });
  }
}

start();
