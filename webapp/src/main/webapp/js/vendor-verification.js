// organizer/vendors.html: organizers (and administrators) check registered vendors, verify them, or take a
// verification back with a reason that the vendor reads on its own page.
import { initI18n, onLanguageChange, t, lang } from './i18n.js';
import { api, currentSession } from './api.js';
import { formatDate } from './dates.js';

const $ = (id) => document.getElementById(id);
let vendors = [];

function setStatus(text, kind) {
  $('page-status').className = text ? `status ${kind}` : '';
  $('page-status').textContent = text || '';
}

function fact(term, value) {
  const dt = document.createElement('dt');
  dt.textContent = t(term);
  const dd = document.createElement('dd');
  dd.textContent = value || '—';
  return [dt, dd];
}

function render() {
  $('no-vendors').hidden = vendors.length > 0;
  $('vendor-list').replaceChildren(...vendors.map((vendor) => {
    const li = document.createElement('li');
    li.dataset.vendor = String(vendor.id);
    li.dataset.status = vendor.status;
    const title = document.createElement('strong');
    title.textContent = vendor.businessName;
    const state = document.createElement('span');
    state.className = 'badge';
    state.textContent = t(`vendor.status.${vendor.status}`);
    const facts = document.createElement('dl');
    facts.className = 'facts';
    const place = vendor.formerDistrict ? `${vendor.commune} (${vendor.formerDistrict})` : vendor.commune;
    facts.append(...fact('vendor.kind', t(`vendor.kind.${vendor.kind}`)), ...fact('vendor.commune', place),
      ...fact('vendor.phone', vendor.phone), ...fact('vendor.email', vendor.email),
      ...fact('vendor.taxCode', vendor.taxCode), ...fact('vendor.username', vendor.username),
      ...fact('vendor.registeredOn', formatDate(vendor.createdAt.slice(0, 10), lang())));
    if (vendor.statusReason) facts.append(...fact('vendor.reasonShort', vendor.statusReason));
    const verified = vendor.status === 'VERIFIED';
    const action = document.createElement('button');
    action.type = 'button';
    action.className = verified ? 'danger' : '';
    action.textContent = t(verified ? 'vendor.unverify' : 'vendor.verify');
    action.setAttribute('aria-label', `${action.textContent}: ${vendor.businessName}`);
    action.addEventListener('click', () => (verified ? unverify(vendor) : verify(vendor)));
    const actions = document.createElement('div');
    actions.className = 'actions';
    actions.append(action);
    li.append(title, ' ', state, facts, actions);
    return li;
  }));
}

async function load() {
  const status = $('status-filter').value;
  vendors = await api(`/api/vendors${status ? `?status=${status}` : ''}`);
  render();
}

async function change(vendor, path, body, doneKey) {
  try {
    await api(`/api/vendors/${vendor.id}/${path}`, { method: 'POST', body });
    setStatus(t(doneKey, { name: vendor.businessName }), 'ok');
  } catch (e) {
    setStatus(t('error.generic', { detail: e.message }), 'bad');
  }
  await load();
  $('vendor-list').querySelector('button')?.focus();
}

function verify(vendor) {
  return change(vendor, 'verify', undefined, 'vendor.verifiedDone');
}

async function unverify(vendor) {
  const dialog = $('unverify-dialog');
  $('unverify-question').textContent = t('vendor.confirmUnverify', { name: vendor.businessName });
  $('unverify-reason').value = '';
  $('unverify-error').hidden = true;
  dialog.returnValue = '';
  dialog.showModal();
  await new Promise((resolve) => dialog.addEventListener('close', resolve, { once: true }));
  if (dialog.returnValue !== 'unverify') return;
  await change(vendor, 'unverify', { reason: $('unverify-reason').value.trim() }, 'vendor.unverifiedDone');
}

async function start() {
  await initI18n();
  const session = await currentSession().catch(() => null);
  if (!session) {
    location.replace(`/login.html?next=${encodeURIComponent(location.pathname)}`);
    return;
  }
  $('main').hidden = false;
  if (!session.roles.includes('ORGANIZER') && !session.roles.includes('ADMIN')) {
    setStatus(t('vendor.organizersOnly'), 'bad');
    $('main').dataset.ready = 'true';
    return;
  }
  // a reason is required: the dialog stays open until one is written
  $('unverify-form').addEventListener('submit', (event) => {
    if (event.submitter?.value === 'unverify' && !$('unverify-reason').value.trim()) {
      event.preventDefault();
      $('unverify-error').hidden = false;
      $('unverify-reason').setAttribute('aria-invalid', 'true');
      $('unverify-reason').focus();
    }
  });
  $('status-filter').addEventListener('change', () => load().catch((e) => setStatus(e.message, 'bad')));
  onLanguageChange(render);
  try {
    await load();
  } catch (e) {
    setStatus(t('error.generic', { detail: e.message }), 'bad');
  }
  $('main').dataset.ready = 'true';
}

start();
