// organizer/fairs.html: the review list of a fair's stall applications with their workflow actions, the
// allocation preview (stalls editable before the commit), manual stall changes and the fair's sales.
import { initI18n, onLanguageChange, t, pick, lang } from './i18n.js';
import { api } from './api.js';
import {
  money, dayList, categoryName, setStatus, problemText, element, fillFairSelect,
} from './fair-common.js';
import { requireSession } from './session.js';

const $ = (id) => document.getElementById(id);
const STATES = ['SUBMITTED', 'WAIT_LISTED', 'APPROVED', 'ALLOCATED', 'PAID', 'CHECKED_IN', 'REJECTED', 'CANCELLED', 'DRAFT'];
const WITH_STALL = ['APPROVED', 'ALLOCATED'];
let fair = null;
let applications = [];
let preview = null;
let sales = null;

const fairPath = () => `/api/fairs/${encodeURIComponent($('fair-select').value)}`;
const status = (text, kind) => setStatus($('page-status'), text, kind);

async function run(work, done) {
  try {
    await work();
    status(done, 'ok');
  } catch (e) {
    status(problemText(e), 'bad');
  }
  await load();
}

function stallChooser(application) {
  const box = element('span', { class: 'row-actions' });
  const id = `stall-for-${application.id}`;
  const input = element('input', { id, value: application.stallCode || '', maxlength: '16', 'aria-label': t('fair.org.stallFor', { id: application.id }) });
  const button = element('button', { type: 'button', class: 'secondary', 'data-give': String(application.id) }, t('fair.org.give'));
  button.addEventListener('click', () => run(() => api(`/api/applications/${application.id}/stall`,
    { method: 'PUT', body: { stallCode: input.value.trim() } }), t('fair.org.given', { id: application.id, stall: input.value.trim() })));
  box.append(input, button);
  return box;
}

function actionButtons(application) {
  const box = element('span', { class: 'row-actions' });
  application.allowedActions.filter((a) => a !== 'ALLOCATE').forEach((action) => {
    const button = element('button', { type: 'button', class: action === 'REJECT' || action === 'CANCEL' ? 'danger' : 'secondary',
      'data-action': action, 'data-id': String(application.id) }, t(`fair.action.${action}`));
    button.addEventListener('click', () => run(() => api(`/api/applications/${application.id}/actions`,
      { method: 'POST', body: { action } }), t('fair.org.moved', { id: application.id, action: t(`fair.action.${action}`) })));
    box.append(button);
  });
  return box;
}

function renderApplications() {
  $('application-list').replaceChildren(...applications.map((a) => {
    const item = element('li', { 'data-id': String(a.id) });
    const head = element('p', {}, `#${a.id} · ${a.vendorName} `);
    head.append(element('span', { class: 'state', 'data-state': a.state }, t(`fair.state.${a.state}`)));
    const stall = a.stallCode || (a.preferredStalls.length ? t('fair.prefers', { stalls: a.preferredStalls.join(', ') }) : '—');
    item.append(head,
      element('p', { class: 'meta' }, `${categoryName(fair, a.category)}${a.needsPower ? ` · ${t('fair.power')}` : ''} · ${dayList(a.days)}`),
      element('p', {}, `${t('fair.stall')}: ${stall} · ${t('fair.fee')}: ${a.feeVnd == null ? '—' : money(a.feeVnd)}`),
      actionButtons(a));
    if (WITH_STALL.includes(a.state)) item.append(stallChooser(a));
    return item;
  }));
  if (!applications.length) $('application-list').append(element('li', {}, t('fair.org.noApplications')));
}

function renderPreview() {
  const table = $('preview-table');
  table.hidden = !preview;
  $('commit').hidden = !preview || !preview.assignments.some((a) => !a.kept);
  $('left-out-heading').hidden = !preview?.leftOut.length;
  if (!preview) {
    $('left-out').replaceChildren();
    return;
  }
  table.tBodies[0].replaceChildren(...preview.assignments.map((a) => {
    const row = element('tr', { 'data-id': String(a.applicationId) });
    row.append(element('th', { scope: 'row' }, `#${a.applicationId}`));
    row.insertCell().textContent = a.vendorName;
    row.insertCell().textContent = categoryName(fair, a.category);
    const stall = row.insertCell();
    if (a.kept) {
      stall.textContent = `${a.stallCode} (${t('fair.org.kept')})`;
    } else {
      stall.append(element('input', { class: 'preview-stall', value: a.stallCode, maxlength: '16',
        'data-id': String(a.applicationId), 'aria-label': t('fair.org.stallFor', { id: a.applicationId }) }));
    }
    row.insertCell().textContent = money(a.feeVnd);
    return row;
  }));
  $('left-out').replaceChildren(...preview.leftOut.map((l) => element('li', { 'data-id': String(l.applicationId) },
    `#${l.applicationId} ${l.vendorName}: ${pick(l.explanation)}`)));
}

function renderSales() {
  if (!sales) return;
  $('sales-total').textContent = t('fair.org.salesTotal', { quantity: sales.quantity, value: money(sales.valueVnd) });
  const body = $('sales-table').tBodies[0];
  body.replaceChildren(...sales.byProduct.map((p) => {
    const row = body.insertRow();
    row.insertCell().textContent = categoryName(fair, p.category);
    row.insertCell().textContent = pick(p.name);
    row.insertCell().textContent = p.vendorName;
    row.insertCell().textContent = String(p.quantity);
    row.insertCell().textContent = money(p.valueVnd);
    return row;
  }));
  $('sales-csv').href = `${fairPath()}/sales/csv?lang=${lang()}`;
}

function renderStates() {
  const select = $('state-filter');
  const chosen = select.value;
  select.replaceChildren(element('option', { value: '' }, t('fair.org.allStates')),
    ...STATES.map((s) => element('option', { value: s }, t(`fair.state.${s}`))));
  select.value = chosen;
}

function render() {
  renderStates();
  if (!fair) return;
  renderApplications();
  renderPreview();
  renderSales();
}

async function load() {
  const state = $('state-filter').value;
  fair = await api(fairPath());
  $('public-link').href = `/fair.html?key=${encodeURIComponent(fair.key)}`;
  applications = await api(`${fairPath()}/applications${state ? `?state=${state}` : ''}`);
  sales = await api(`${fairPath()}/sales`);
  render();
  $('main').dataset.ready = 'true';
}

async function start() {
  await initI18n();
  onLanguageChange(render);
  if (!await requireSession(['ORGANIZER', 'ADMIN'], $('page-status'))) return;
  renderStates();
  const fairs = await fillFairSelect($('fair-select'));
  if (!fairs.length) {
    status(t('fair.noFairs'), 'warn');
    return;
  }
  const asked = new URLSearchParams(location.search).get('key');
  if (fairs.some((f) => f.key === asked)) $('fair-select').value = asked;
  $('work').hidden = false;
  $('fair-select').addEventListener('change', () => { preview = null; load(); });
  $('state-filter').addEventListener('change', load);
  $('preview').addEventListener('click', async () => {
    try {
      preview = await api(`${fairPath()}/allocation/preview`, { method: 'POST' });
      setStatus($('alloc-status'), t('fair.org.previewed', { count: preview.assignments.filter((a) => !a.kept).length,
        left: preview.leftOut.length }), 'ok');
    } catch (e) {
      setStatus($('alloc-status'), problemText(e), 'bad');
    }
    renderPreview();
  });
  $('commit').addEventListener('click', async () => {
    const assignments = [...document.querySelectorAll('.preview-stall')]
      .map((input) => ({ applicationId: Number(input.dataset.id), stallCode: input.value.trim() }));
    try {
      await api(`${fairPath()}/allocation`, { method: 'POST', body: { assignments } });
      preview = null;
      setStatus($('alloc-status'), t('fair.org.committed', { count: assignments.length }), 'ok');
    } catch (e) {
      setStatus($('alloc-status'), problemText(e), 'bad');
    }
    await load();
  });
  await load();
}

start();
