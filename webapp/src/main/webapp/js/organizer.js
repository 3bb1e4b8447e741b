// organizer/festivals.html: sign-in required; lists festivals, creates, edits and deletes them.
import { initI18n, onLanguageChange, t, pick, apply } from './i18n.js';
import { api, ApiError } from './api.js';
import { requireSession } from './session.js';
import { buildRule, parseRule, ruleInWords, WEEKDAYS } from './rules.js';
import { todayIso } from './dates.js';

import { ETHNIC_GROUPS as GROUPS, nowInLaiChau } from './province.js';
const $ = (id) => document.getElementById(id);
const form = () => $('festival-form');
let editingKey = null;
let venues = [];
let festivals = [];
let sessionCounter = 0;

// ---- field errors from problem+json -------------------------------------------------------------------------
/** The error slot of an API field name ("input.name.vi", "rule", "sessions[0]", ...). */
function errorSlot(field) {
  const f = String(field || '').replace(/^input\./, '');
  const map = {
    'name.vi': 'name-vi', 'name.en': 'name-en', 'name.zh': 'name-zh',
    'description.vi': 'desc-vi', 'description.en': 'desc-en', 'description.zh': 'desc-zh',
    ethnicGroups: 'groups', venueKey: 'venue', rule: 'rule', durationDays: 'duration', key: 'name-en',
  };
  if (map[f]) return map[f];
  if (f.startsWith('ethnicGroups')) return 'groups';
  if (f.startsWith('sessions')) return 'sessions';
  return 'form';
}

function errorTarget(slot) {
  return { groups: 'groups', rule: 'rule', sessions: 'sessions-fieldset', form: null }[slot] ?? slot;
}

function clearErrors() {
  form().querySelectorAll('.error-text').forEach((p) => { p.hidden = true; p.textContent = ''; });
  form().querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
}

function showError(slot, reason) {
  const p = $(`err-${slot}`);
  p.textContent = p.textContent ? `${p.textContent}; ${reason}` : reason;
  p.hidden = false;
  const target = errorTarget(slot);
  if (target) $(target).setAttribute('aria-invalid', 'true');
}

function showProblem(error) {
  const errors = error instanceof ApiError ? error.errors : [];
  if (errors.length) {
    errors.forEach((e) => showError(errorSlot(e.field), e.field.includes('sessions') ? `${e.field.replace(/^input\./, '')}: ${e.reason}` : e.reason));
  } else if (error.status === 409) {
    showError('name-en', error.message);
  } else if (error.status === 403) {
    showError('form', t('org.forbidden'));
  } else {
    showError('form', t('org.failed', { detail: error.message }));
  }
  const first = form().querySelector('[aria-invalid="true"]');
  if (first) (first.matches('fieldset') ? first.querySelector('input,select,textarea') : first)?.focus();
}

// ---- form building ---------------------------------------------------------------------------------------------
function renderGroups() {
  const checked = new Set([...form().querySelectorAll('input[name=ethnicGroups]:checked')].map((b) => b.value));
  $('group-boxes').replaceChildren(...GROUPS.map((code) => {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'ethnicGroups';
    box.value = code;
    box.id = `group-${code}`;
    box.checked = checked.has(code);
    label.append(box, ' ', t(`group.${code}`));
    return label;
  }));
}

function renderVenues() {
  const select = $('venue');
  const value = select.value;
  select.replaceChildren(new Option(t('org.chooseVenue'), ''),
    ...venues.map((v) => new Option(`${pick(v.name)} (${v.commune})`, v.key)));
  select.value = value;
}

function renderWeekdays() {
  const select = $('rule-weekday');
  const value = select.value || 'SUNDAY';
  select.replaceChildren(...WEEKDAYS.map((d) => new Option(t(`weekday.${d}`), d)));
  select.value = value;
}

function ruleParts() {
  return {
    kind: form().querySelector('input[name=ruleKind]:checked').value,
    month: Number($('rule-month').value), day: Number($('rule-day').value),
    nth: $('rule-nth').value, weekday: $('rule-weekday').value, date: $('rule-date').value,
    leapBoth: $('rule-leap').checked, shortSkip: $('rule-short').checked,
  };
}

function updateRuleFields() {
  const parts = ruleParts();
  form().querySelectorAll('[data-kinds]').forEach((el) => { el.hidden = !el.dataset.kinds.split(' ').includes(parts.kind); });
  $('rule-day').max = parts.kind === 'lunar' ? 30 : 31;
  const rule = buildRule(parts);
  $('rule-preview').textContent = t('org.rulePreview', { rule: `${ruleInWords(rule)} (${rule})` });
}

function addSession(session = { day: 0, start: '08:00', end: '10:00', title: {} }) {
  const n = sessionCounter++;
  const row = document.createElement('div');
  row.className = 'session-row';
  row.dataset.session = String(n);
  const field = (id, key, input, wide) => {
    const div = document.createElement('div');
    div.className = wide ? 'field wide' : 'field';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.dataset.i18n = key;
    input.id = id;
    div.append(label, input);
    return div;
  };
  const day = Object.assign(document.createElement('input'), { type: 'number', min: 0, max: 29, value: session.day, name: 'sessionDay' });
  const start = Object.assign(document.createElement('input'), { type: 'time', value: String(session.start).slice(0, 5), name: 'sessionStart' });
  const end = Object.assign(document.createElement('input'), { type: 'time', value: String(session.end).slice(0, 5), name: 'sessionEnd' });
  row.append(field(`session-day-${n}`, 'org.sessionDay', day), field(`session-start-${n}`, 'org.sessionStart', start),
    field(`session-end-${n}`, 'org.sessionEnd', end));
  for (const l of ['vi', 'en', 'zh']) {
    const title = Object.assign(document.createElement('input'), { value: session.title?.[l] || '', name: `sessionTitle.${l}`, lang: l });
    const div = field(`session-title-${l}-${n}`, 'org.sessionTitle', title, true);
    div.querySelector('label').append(` (${l})`);
    row.append(div);
  }
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'danger wide';
  remove.dataset.i18n = 'org.removeSession';
  remove.id = `remove-session-${n}`;
  remove.addEventListener('click', () => { row.remove(); $('add-session').focus(); });
  row.append(remove);
  $('sessions').append(row);
  apply(row);
  row.querySelectorAll('label[for^=session-title]').forEach((label) => {
    const l = label.htmlFor.split('-')[2];
    label.textContent = `${t('org.sessionTitle')} (${l})`;
  });
}

function readForm() {
  const f = form();
  const text = (prefix) => ({ vi: $(`${prefix}-vi`).value.trim(), en: $(`${prefix}-en`).value.trim(), zh: $(`${prefix}-zh`).value.trim() });
  return {
    ...(editingKey ? { key: editingKey } : {}),
    name: text('name'),
    description: text('desc'),
    ethnicGroups: [...f.querySelectorAll('input[name=ethnicGroups]:checked')].map((b) => b.value),
    venueKey: $('venue').value,
    rule: buildRule(ruleParts()),
    durationDays: Number($('duration').value) || 1,
    sessions: [...$('sessions').querySelectorAll('.session-row')].map((row) => ({
      day: Number(row.querySelector('[name=sessionDay]').value) || 0,
      start: row.querySelector('[name=sessionStart]').value,
      end: row.querySelector('[name=sessionEnd]').value,
      title: Object.fromEntries(['vi', 'en', 'zh'].map((l) => [l, row.querySelector(`[name="sessionTitle.${l}"]`).value.trim()])),
    })),
  };
}

function resetForm() {
  editingKey = null;
  form().reset();
  $('sessions').replaceChildren();
  $('cancel-edit').hidden = true;
  $('form-heading').dataset.i18n = 'org.new';
  $('form-heading').textContent = t('org.new');
  clearErrors();
  updateRuleFields();
}

function fillForm(festival) {
  resetForm();
  editingKey = festival.key;
  $('form-heading').removeAttribute('data-i18n');
  $('form-heading').textContent = t('org.editing', { key: festival.key });
  for (const l of ['vi', 'en', 'zh']) {
    $(`name-${l}`).value = festival.name?.[l] || '';
    $(`desc-${l}`).value = festival.description?.[l] || '';
  }
  const codes = new Set((festival.ethnicGroups || []).map((g) => g.code));
  form().querySelectorAll('input[name=ethnicGroups]').forEach((b) => { b.checked = codes.has(b.value); });
  $('venue').value = festival.venue?.key || '';
  const rule = parseRule(festival.rule);
  $(`rule-kind-${rule.kind}`).checked = true;
  if (rule.month) $('rule-month').value = rule.month;
  if (rule.day) $('rule-day').value = rule.day;
  if (rule.nth) $('rule-nth').value = rule.nth;
  if (rule.weekday) $('rule-weekday').value = rule.weekday;
  if (rule.date) $('rule-date').value = rule.date;
  $('rule-leap').checked = rule.leapBoth;
  $('rule-short').checked = rule.shortSkip;
  $('duration').value = festival.durationDays || 1;
  (festival.sessions || []).forEach((s) => addSession(s));
  $('cancel-edit').hidden = false;
  updateRuleFields();
  $('name-vi').focus();
}

// ---- list ---------------------------------------------------------------------------------------------------
function renderList() {
  const list = $('organizer-list');
  list.replaceChildren(...festivals.map((festival) => {
    const li = document.createElement('li');
    li.dataset.festival = festival.key;
    const link = document.createElement('a');
    link.href = `/festivals/${encodeURIComponent(festival.key)}`;
    link.textContent = pick(festival.name);
    const title = document.createElement('strong');
    title.append(link);
    const meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = `${ruleInWords(festival.rule)} · ${festival.key}`;
    const edit = document.createElement('button');
    edit.type = 'button';
    edit.className = 'secondary';
    edit.textContent = t('org.edit');
    edit.setAttribute('aria-label', `${t('org.edit')}: ${pick(festival.name)}`);
    edit.addEventListener('click', async () => {
      try { fillForm(await api(`/api/festivals/${encodeURIComponent(festival.key)}`)); } catch (e) { $('page-status').textContent = e.message; }
    });
    const del = document.createElement('button');
    del.type = 'button';
    del.className = 'danger';
    del.textContent = t('org.delete');
    del.setAttribute('aria-label', `${t('org.delete')}: ${pick(festival.name)}`);
    del.addEventListener('click', async () => {
      if (!confirm(t('org.confirmDelete', { name: pick(festival.name) }))) return;
      try {
        await api(`/api/festivals/${encodeURIComponent(festival.key)}`, { method: 'DELETE' });
        $('page-status').textContent = t('org.deleted');
        if (editingKey === festival.key) resetForm();
        await loadList();
      } catch (e) { $('page-status').textContent = t('error.generic', { detail: e.message }); }
    });
    const actions = document.createElement('div');
    actions.className = 'actions';
    actions.append(edit, del);
    li.append(title, meta, actions);
    return li;
  }));
}

async function loadList() {
  festivals = await api(`/api/festivals?all=true&year=${nowInLaiChau().year}`);
  festivals.sort((a, b) => pick(a.name).localeCompare(pick(b.name)));
  renderList();
}

/** The next occurrence of a saved festival (this year's or next year's), for the "view on the calendar" link. */
async function nextOccurrence(saved) {
  const today = todayIso();
  const upcoming = (saved.occurrences || []).find((o) => (o.end || o.start) >= today);
  if (upcoming) return upcoming;
  const next = await api(`/api/festivals/${encodeURIComponent(saved.key)}?year=${nowInLaiChau().year + 1}`);
  return next.occurrences?.[0] || saved.occurrences?.[0];
}

async function submit(event) {
  event.preventDefault();
  clearErrors();
  $('form-status').replaceChildren();
  const save = $('save');
  save.disabled = true;
  try {
    const body = readForm();
    const saved = editingKey
      ? await api(`/api/festivals/${encodeURIComponent(editingKey)}`, { method: 'PUT', body })
      : await api('/api/festivals', { method: 'POST', body });
    const occurrence = await nextOccurrence(saved).catch(() => null);
    const status = $('form-status');
    const p = document.createElement('p');
    p.className = 'status ok';
    p.textContent = `${t('org.saved', { name: pick(saved.name) })} `;
    const link = document.createElement('a');
    link.id = 'view-on-calendar';
    link.dataset.festival = saved.key;
    if (occurrence) {
      const [y, m] = occurrence.start.split('-');
      link.href = `/?year=${Number(y)}&month=${Number(m)}`;
      link.dataset.date = occurrence.start;
    } else {
      link.href = `/festivals/${encodeURIComponent(saved.key)}`;
    }
    link.textContent = t('org.viewOnCalendar');
    p.append(link);
    status.replaceChildren(p);
    resetForm();
    await loadList();
    link.focus();
  } catch (e) {
    showProblem(e);
  } finally {
    save.disabled = false;
  }
}

async function start() {
  await initI18n();
  if (!await requireSession(['ORGANIZER', 'ADMIN'], $('page-status'))) return;
  renderGroups();
  renderWeekdays();
  form().addEventListener('input', (e) => { if (e.target.name?.startsWith('rule')) updateRuleFields(); });
  form().addEventListener('change', (e) => { if (e.target.name?.startsWith('rule')) updateRuleFields(); });
  form().addEventListener('submit', submit);
  $('add-session').addEventListener('click', () => { addSession(); $('sessions').lastElementChild.querySelector('input').focus(); });
  $('cancel-edit').addEventListener('click', resetForm);
  onLanguageChange(() => {
    if (editingKey) $('form-heading').textContent = t('org.editing', { key: editingKey });
    renderGroups(); renderVenues(); renderWeekdays(); updateRuleFields(); renderList();
    $('sessions').querySelectorAll('label[for^=session-title]').forEach((label) => {
      label.textContent = `${t('org.sessionTitle')} (${label.htmlFor.split('-')[2]})`;
    });
  });
  updateRuleFields();
  try {
    [venues] = await Promise.all([api('/api/venues'), loadList()]);
    renderVenues();
  } catch (e) {
    $('page-status').textContent = t('error.generic', { detail: e.message });
  }
  form().dataset.ready = 'true';
}

start();
