// ticket.html, served at /tickets/<publicId> (or ticket.html?id=): the visitor's ticket with its QR, in the
// visitor's language, kept on the phone by the service worker so that it opens again without a network.
import { initI18n, onLanguageChange, t, pick, lang } from './i18n.js';
import { api, ApiError } from './api.js';
import { formatDate } from './dates.js';
import { registerServiceWorker, keepForOffline } from './offline.js';

const $ = (id) => document.getElementById(id);
let ticket = null;

function publicId() {
  const match = location.pathname.match(/^\/tickets\/([^/]+)\/?$/);
  if (match) return decodeURIComponent(match[1]);
  return new URLSearchParams(location.search).get('id');
}

const base = (id) => `/api/tickets/${encodeURIComponent(id)}`;

// The API's fields (TicketViews.VisitorTicket of the tickets API), read in one place.
const festivalName = (x) => x.festival;
const eventDate = (x) => x.date;
const venueName = (x) => x.venue?.name;
const entrances = (x) => x.entrances || [];
const typeName = (x) => x.ticketType?.name;
const holderName = (x) => x.holderName || '';

function setStatus(text, kind) {
  const status = $('page-status');
  status.className = text ? `status ${kind}` : '';
  status.textContent = text || '';
}

function dateText(value) {
  if (!value) return '';
  const day = String(value).slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(day, lang()) : String(value);
}

function render() {
  if (!ticket) return;
  const name = pick(festivalName(ticket));
  document.title = `${name} · ${t('ticket.title')} · Festgate`;
  $('festival-name').textContent = name;
  const end = ticket.endDate && ticket.endDate !== eventDate(ticket) ? ` – ${dateText(ticket.endDate)}` : '';
  $('ticket-date').textContent = dateText(eventDate(ticket)) + end;
  $('ticket-venue').textContent = pick(venueName(ticket));
  $('ticket-entrances').textContent = entrances(ticket)
    .map((e) => (typeof e === 'string' ? e : pick(e.name) || e.key)).join(', ') || t('ticket.anyEntrance');
  $('ticket-type').textContent = pick(typeName(ticket));
  $('ticket-holder').textContent = holderName(ticket);
  const status = $('ticket-status');
  status.dataset.status = ticket.status;
  status.textContent = t(`ticket.status.${ticket.status}`);
  const usable = ticket.status === 'ISSUED';
  $('qr').hidden = !usable && ticket.status === 'CANCELLED';
  $('cancel').hidden = ticket.status === 'CANCELLED';
  document.querySelector('.downloads').hidden = ticket.status === 'CANCELLED';
}

async function load(id) {
  ticket = await api(base(id));
  const svg = `${base(id)}/qr.svg`;
  $('qr').src = svg;
  $('download-svg').href = svg;
  $('download-png').href = `${base(id)}/qr.png?size=720`;
  $('download-pdf').href = `${base(id)}/ticket.pdf`;
  $('ticket').hidden = false;
  render();
  $('ticket').dataset.loaded = 'true';
}

async function cancel(id) {
  const dialog = $('cancel-dialog');
  dialog.returnValue = '';
  dialog.showModal();
  await new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
  if (dialog.returnValue !== 'cancel') return;
  $('cancel').disabled = true;
  try {
    // the public id is the only credential: a session cookie (an organizer's, say) would only ask for a CSRF token
    let response;
    try {
      response = await fetch(base(id), { method: 'DELETE', credentials: 'omit', headers: { Accept: 'application/json' } });
    } catch (e) {
      throw new ApiError(0, { detail: e.message });
    }
    const reply = await response.json().catch(() => null);
    if (!response.ok) throw new ApiError(response.status, reply);
    ticket = reply && reply.status ? reply : { ...ticket, status: 'CANCELLED' };
    render();
    setStatus(t('ticket.cancelled'), 'ok');
    keepForOffline([base(id)]);
  } catch (e) {
    setStatus(t('error.generic', { detail: e.status === 0 ? t('ticket.needsNetwork') : e.message }), 'bad');
  } finally {
    $('cancel').disabled = false;
  }
}

function showNetwork() { $('offline-note').hidden = navigator.onLine; }

async function start() {
  await initI18n();
  onLanguageChange(render);
  showNetwork();
  window.addEventListener('online', showNetwork);
  window.addEventListener('offline', showNetwork);
  const id = publicId();
  if (!id) {
    setStatus(t('ticket.notFound'), 'bad');
    return;
  }
  try {
    await load(id);
  } catch (e) {
    setStatus(e.status === 404 ? t('ticket.notFound') : t('error.generic', { detail: e.message }), 'bad');
    return;
  }
  $('cancel').addEventListener('click', () => cancel(id));
  // the first view is not yet under the service worker: keep this page, its ticket and its QR explicitly
  registerServiceWorker().then(() => keepForOffline([location.pathname + location.search, base(id), `${base(id)}/qr.svg`]));
}

start();
