// organizer/gates.html: for organizers during an event: people inside per entrance, offline conflicts, the scanner
// devices (a lost phone is revoked here) and the scan log, newest first. Refreshes itself every 15 seconds.
import { initI18n, onLanguageChange, t, pick } from './i18n.js';
import { api } from './api.js';
import { requireSession } from './session.js';

const $ = (id) => document.getElementById(id);
const REFRESH_MS = 15000;
const LOG_PAGE = 50;
let events = [];
let event = null;
let log = [];

function cell(text, className) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  if (className) td.className = className;
  return td;
}

function row(...cells) {
  const tr = document.createElement('tr');
  tr.append(...cells);
  return tr;
}

function entranceName(key) {
  const entrance = (event?.venue?.entrances || []).find((e) => e.key === key);
  return entrance ? pick(entrance.name) : key;
}

function when(instant) {
  return instant ? new Date(instant).toLocaleString(document.documentElement.lang, { dateStyle: 'short', timeStyle: 'short' }) : '';
}

function outcome(scan) {
  return scan.outcome === 'ADMIT' ? t('gates.admit') : `${t('gates.refuse')}: ${pick(scan.message)}`;
}

function fillEvents() {
  const select = $('event');
  select.replaceChildren(...events.map((e) => {
    const option = new Option(`${pick(e.name)} · ${e.startDate}`, String(e.id));
    option.selected = e.id === event?.id;
    return option;
  }));
}

function renderInside(attendance) {
  $('inside-total').textContent = String(attendance.inside);
  $('inside-rows').replaceChildren(...attendance.entrances.map((e) =>
    row(cell(entranceName(e.entranceKey)), cell(String(e.inside)))));
}

function renderConflicts(conflicts) {
  $('conflicts-empty').hidden = conflicts.length > 0;
  $('conflict-rows').replaceChildren(...conflicts.map((c) => row(cell(when(c.at)), cell(entranceName(c.entranceKey)),
    cell(c.ticketId == null ? '–' : `#${c.ticketId}`), cell(c.offlineOutcome === 'ADMIT' ? t('gates.admit') : t('gates.refuse')),
    cell(outcome(c), c.outcome === 'ADMIT' ? '' : 'refused'))));
}

function renderDevices(devices) {
  $('devices-empty').hidden = devices.length > 0;
  $('device-rows').replaceChildren(...devices.map((d) => {
    const state = document.createElement('td');
    if (d.revokedAt) {
      state.textContent = t('gates.revoked', { when: when(d.revokedAt), user: d.revokedBy });
    } else {
      const revoke = document.createElement('button');
      revoke.type = 'button';
      revoke.className = 'secondary';
      revoke.textContent = t('gates.revoke');
      revoke.setAttribute('aria-label', t('gates.revokeDevice', { device: d.label || `#${d.deviceId}` }));
      revoke.addEventListener('click', () => revokeDevice(d));
      state.append(revoke);
    }
    return row(cell(d.label || `#${d.deviceId}`), cell(d.entrances.map(entranceName).join(', ')),
      cell(`${d.registeredBy} · ${when(d.registeredAt)}`), state);
  }));
}

function renderLog() {
  $('log-rows').replaceChildren(...log.map((line) => row(cell(when(line.scan.at)),
    cell(`${entranceName(line.scan.entranceKey)} (${line.scan.direction === 'OUT' ? t('gates.out') : t('gates.in')})`),
    cell(line.scan.ticketId == null ? '–' : `#${line.scan.ticketId}`),
    cell(outcome(line.scan), line.scan.outcome === 'ADMIT' ? '' : 'refused'), cell(`#${line.deviceId}`))));
  $('older').hidden = log.length === 0 || log.length % LOG_PAGE !== 0;
}

async function revokeDevice(device) {
  if (!window.confirm(t('gates.revokeConfirm', { device: device.label || `#${device.deviceId}` }))) return;
  try {
    await api(`/api/scanner/devices/${device.deviceId}`, { method: 'DELETE' });
    $('page-status').textContent = t('gates.revokedNow', { device: device.label || `#${device.deviceId}` });
    await refresh();
  } catch (e) {
    $('page-status').textContent = t('error.generic', { detail: e.message });
  }
}

async function refresh() {
  if (!event) return;
  const base = `/api/events/${event.id}`;
  try {
    const [attendance, conflicts, devices, latest] = await Promise.all([api(`${base}/attendance`),
      api(`${base}/conflicts`), api(`/api/scanner/devices?eventId=${event.id}`), api(`${base}/scans?max=${LOG_PAGE}`)]);
    log = latest;
    renderInside(attendance);
    renderConflicts(conflicts);
    renderDevices(devices);
    renderLog();
    document.body.dataset.loaded = String(event.id);
  } catch (e) {
    $('page-status').textContent = t('error.generic', { detail: e.message });
  }
}

async function older() {
  const before = log[log.length - 1].id;
  log = log.concat(await api(`/api/events/${event.id}/scans?max=${LOG_PAGE}&before=${before}`));
  renderLog();
}

function choose(id) {
  event = events.find((e) => String(e.id) === String(id)) || events[0] || null;
  if (event) history.replaceState(null, '', `?event=${event.id}`);
  return refresh();
}

async function start() {
  await initI18n();
  if (!await requireSession(['ORGANIZER', 'ADMIN'], $('page-status'))) return;
  events = await api('/api/events').catch(() => []);
  if (events.length === 0) {
    $('page-status').textContent = t('gates.noEvents');
    return;
  }
  $('event').addEventListener('change', (e) => choose(e.target.value));
  $('refresh').addEventListener('click', refresh);
  $('older').addEventListener('click', older);
  onLanguageChange(() => { fillEvents(); refresh(); });
  await choose(new URLSearchParams(location.search).get('event'));
  fillEvents();
  setInterval(refresh, REFRESH_MS);
}

start();
