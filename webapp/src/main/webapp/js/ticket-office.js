// organizer/tickets.html: an organizer opens ticket sales for a festival's coming occurrence (this year or next)
// and gives the ticketed event its ticket types: a name in the three languages, price, places, limit per order and
// entry rule. Field errors of the API land next to their fields.
import { initI18n, onLanguageChange, t, pick, lang } from './i18n.js';
import { api } from './api.js';
import { requireSession } from './session.js';
import { setStatus } from './status.js';
import { nowInLaiChau } from './province.js';
import { formatDate, todayIso } from './dates.js';
import { money } from './fair-common.js';
import { renderFields, relabel, readFields, clearErrors, showProblem } from './vendor-forms.js';

const $ = (id) => document.getElementById(id);
const POLICIES = ['SINGLE_ENTRY', 'MULTIPLE_ENTRY', 'ONCE_PER_DAY', 'REENTRY_AFTER_EXIT'];
const LANGUAGE_KEYS = { vi: 'org.inVi', en: 'org.inEn', zh: 'org.inZh' };
const TYPE_FIELDS = [
  ...['vi', 'en', 'zh'].map((l) => ({ name: `name.${l}`, key: 'tickets.typeName', langKey: LANGUAGE_KEYS[l], lang: l,
    required: true, maxlength: 200 })),
  { name: 'priceVnd', key: 'tickets.price', type: 'number', number: true, required: true, min: 0, max: 1000000000,
    inputmode: 'numeric', value: '0' },
  { name: 'capacity', key: 'tickets.capacity', type: 'number', number: true, required: true, min: 1, max: 1000000,
    inputmode: 'numeric' },
  { name: 'limitPerOrder', key: 'tickets.limit', type: 'number', number: true, required: true, min: 1, max: 100,
    inputmode: 'numeric', value: '10' },
  { name: 'entryPolicy', key: 'tickets.policy', type: 'select', required: true,
    options: POLICIES.map((p) => [p, `tickets.policy.${p}`]) },
];

let events = [];
/** Coming occurrences not ticketed yet: [{festivalKey, name, start}], soonest first. */
let occurrences = [];

const eventLabel = (e) => `${pick(e.name)} · ${formatDate(e.startDate, lang())}`;

async function loadOccurrences() {
  const year = nowInLaiChau().year;
  const lists = await Promise.all([year, year + 1].map((y) => api(`/api/festivals?year=${y}`)));
  const taken = new Set(events.map((e) => `${e.festivalKey}|${e.startDate}`));
  const today = todayIso();
  const coming = new Map();
  lists.flat().forEach((festival) => festival.occurrences.forEach((o) => {
    const value = `${festival.key}|${o.start}`;
    if (o.start >= today && !taken.has(value)) coming.set(value, { festivalKey: festival.key, name: festival.name, start: o.start });
  }));
  occurrences = [...coming.values()].sort((a, b) => a.start.localeCompare(b.start));
}

function fillOccurrences() {
  const select = $('occurrence');
  const chosen = select.value;
  select.replaceChildren(...occurrences.map((o) =>
    new Option(`${pick(o.name)} · ${formatDate(o.start, lang())}`, `${o.festivalKey}|${o.start}`)));
  if (occurrences.length === 0) select.append(new Option(t('tickets.noOccurrences'), ''));
  if (chosen) select.value = chosen;
  $('create-event').disabled = occurrences.length === 0;
}

function fillEvents(chosenId) {
  const select = $('event');
  const chosen = chosenId ?? select.value;
  select.replaceChildren(...events.map((e) => new Option(eventLabel(e), String(e.id))));
  if (chosen) select.value = String(chosen);
  $('type-form').hidden = events.length === 0;
}

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

async function showTypes() {
  const id = $('event').value;
  const types = id ? await api(`/api/events/${encodeURIComponent(id)}/ticket-types`) : [];
  $('types-empty').textContent = t(events.length === 0 ? 'tickets.noEvents' : 'tickets.none');
  $('types-empty').hidden = types.length > 0;
  $('type-rows').replaceChildren(...types.map((type) => {
    const tr = document.createElement('tr');
    tr.dataset.typeId = String(type.id);
    tr.append(cell(pick(type.name)), cell(money(type.priceVnd)), cell(t(`tickets.policy.${type.entryPolicy}`)),
      cell(String(type.capacity)), cell(String(type.issued)), cell(String(type.placesLeft)));
    return tr;
  }));
  document.body.dataset.loaded = id || 'none';
}

async function createEvent(submitted) {
  submitted.preventDefault();
  const form = $('event-form');
  clearErrors(form);
  setStatus($('event-status'), '');
  const [festivalKey, startDate] = $('occurrence').value.split('|');
  try {
    const created = await api('/api/events', { method: 'POST', body: { festivalKey, startDate } });
    events = await api('/api/events');
    await loadOccurrences();
    fillOccurrences();
    fillEvents(created.id);
    await showTypes();
    setStatus($('event-status'), t('tickets.created', { event: eventLabel(created) }));
    $('type-fields').querySelector('input')?.focus();
  } catch (error) {
    showProblem(form, error, 'tickets.failed');
  }
}

async function addType(submitted) {
  submitted.preventDefault();
  const form = $('type-form');
  clearErrors(form);
  setStatus($('type-status'), '');
  const button = $('add-type');
  button.disabled = true;
  try {
    const created = await api(`/api/events/${encodeURIComponent($('event').value)}/ticket-types`,
      { method: 'POST', body: readFields(form, TYPE_FIELDS) });
    form.reset();
    setStatus($('type-status'), t('tickets.added', { name: pick(created.name) }));
    await showTypes();
  } catch (error) {
    showProblem(form, error, 'tickets.failed');
  } finally {
    button.disabled = false;
  }
}

async function start() {
  await initI18n();
  if (!await requireSession(['ORGANIZER', 'ADMIN'], $('page-status'))) return;
  renderFields($('type-fields'), TYPE_FIELDS, 'type');
  TYPE_FIELDS.filter((spec) => spec.value !== undefined)
    .forEach((spec) => { $(`type-${spec.name}`).defaultValue = spec.value; });
  try {
    events = await api('/api/events');
    await loadOccurrences();
  } catch (error) {
    setStatus($('page-status'), t('error.generic', { detail: error.message }), 'bad');
    return;
  }
  fillOccurrences();
  fillEvents(new URLSearchParams(location.search).get('event') || events[events.length - 1]?.id);
  $('event-form').addEventListener('submit', createEvent);
  $('type-form').addEventListener('submit', addType);
  $('event').addEventListener('change', () => {
    setStatus($('type-status'), '');
    showTypes().catch((error) => setStatus($('page-status'), t('error.generic', { detail: error.message }), 'bad'));
  });
  onLanguageChange(() => {
    fillOccurrences();
    fillEvents();
    relabel($('type-form'), TYPE_FIELDS);
    showTypes().catch(() => {});
  });
  await showTypes();
}

start();
