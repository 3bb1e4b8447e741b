// vendor/applications.html: a verified vendor applies for a stall (category, days, power, preferred stalls, its
// products), follows each application's state and fee, submits or cancels it, and reports daily sales.
import { initI18n, onLanguageChange, t, pick, lang } from './i18n.js';
import { api } from './api.js';
import { formatDate, todayIso } from './dates.js';
import {
  money, dayList, categoryName, setStatus, problemText, element, fillFairSelect,
} from './fair-common.js';
import { requireSession } from './session.js';

const $ = (id) => document.getElementById(id);
const HOLDING = ['ALLOCATED', 'PAID', 'CHECKED_IN'];
let fair = null;
let products = [];
let mine = [];
const fees = new Map();

const status = (text, kind) => setStatus($('page-status'), text, kind);

function checkbox(name, value, text, checked = false) {
  const label = element('label');
  const box = element('input', { type: 'checkbox', name, value, id: `${name}-${value}` });
  box.checked = checked;
  label.append(box, ` ${text}`);
  return label;
}

function renderForm() {
  if (!fair) return;
  const category = $('apply-category');
  const chosen = category.value;
  category.replaceChildren(...fair.categories.map((c) => element('option', { value: c.code }, pick(c.label))));
  if (chosen) category.value = chosen;
  $('day-boxes').replaceChildren(...fair.days.map((d) => checkbox('day', d.date, formatDate(d.date, lang()), true)));
  $('preferred').replaceChildren(...[1, 2, 3].map((n) => {
    const field = element('div', { class: 'field' });
    const select = element('select', { id: `preferred-${n}`, class: 'preferred' });
    select.append(element('option', { value: '' }, '—'),
      ...fair.map.stalls.map((s) => element('option', { value: s.code }, `${s.code} · ${categoryName(fair, s.category)}${s.power ? ` · ${t('fair.power')}` : ''}`)));
    field.append(element('label', { for: `preferred-${n}` }, t('fair.vendor.choice', { n })), select);
    return field;
  }));
  $('product-boxes').replaceChildren(...products.map((p) => checkbox('product', p.key, pick(p.name), true)));
  $('no-products').hidden = products.length > 0;
  $('public-link').href = `/fair.html?key=${encodeURIComponent(fair.key)}`;
}

function applicationBody() {
  const checked = (name) => [...document.querySelectorAll(`input[name=${name}]:checked`)].map((b) => b.value);
  return {
    category: $('apply-category').value,
    days: checked('day'),
    needsPower: $('apply-power').checked,
    preferredStalls: [...new Set([...document.querySelectorAll('.preferred')].map((s) => s.value).filter(Boolean))],
    productKeys: checked('product'),
  };
}

async function apply(submit) {
  setStatus($('apply-status'), '');
  try {
    const created = await api(`/api/fairs/${encodeURIComponent(fair.key)}/applications`, { method: 'POST', body: applicationBody() });
    if (submit) await api(`/api/applications/${created.id}/actions`, { method: 'POST', body: { action: 'SUBMIT' } });
    setStatus($('apply-status'), t(submit ? 'fair.vendor.submitted' : 'fair.vendor.drafted', { id: created.id }), 'ok');
  } catch (e) {
    setStatus($('apply-status'), problemText(e), 'bad');
  }
  await loadMine();
}

function salesForm(application) {
  const form = element('form', { class: 'sales-form', 'data-id': String(application.id) });
  const dateId = `sales-date-${application.id}`;
  const date = element('select', { id: dateId });
  application.days.filter((d) => d <= todayIso()).forEach((d) => date.append(element('option', { value: d }, formatDate(d, lang()))));
  form.append(element('h3', {}, t('fair.vendor.reportSales')), element('label', { for: dateId }, t('fair.vendor.saleDay')), date);
  application.productKeys.forEach((key) => {
    const product = products.find((p) => p.key === key);
    const row = element('div', { class: 'session-row' });
    const name = product ? pick(product.name) : key;
    row.append(element('p', { class: 'wide' }, name));
    [['quantity', 'fair.quantity'], ['value', 'fair.value']].forEach(([kind, label]) => {
      const id = `sales-${kind}-${application.id}-${key}`;
      const field = element('div', { class: 'field' });
      field.append(element('label', { for: id }, t(label)),
        element('input', { id, type: 'number', min: '0', inputmode: 'numeric', value: '0', 'data-product': key, 'data-kind': kind }));
      row.append(field);
    });
    form.append(row);
  });
  const out = element('div', { role: 'status', 'aria-live': 'polite' });
  form.append(element('button', { type: 'submit' }, t('fair.vendor.sendSales')), out);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const lines = application.productKeys.map((key) => ({
      productKey: key,
      quantity: Number(form.querySelector(`[data-product="${key}"][data-kind=quantity]`).value || 0),
      valueVnd: Number(form.querySelector(`[data-product="${key}"][data-kind=value]`).value || 0),
    }));
    try {
      await api(`/api/applications/${application.id}/sales`, { method: 'POST', body: { date: date.value, lines } });
      setStatus(out, t('fair.vendor.salesSent'), 'ok');
    } catch (e) {
      setStatus(out, problemText(e), 'bad');
    }
  });
  if (!date.options.length) form.hidden = true;
  return form;
}

function renderMine() {
  $('my-applications').replaceChildren(...mine.map((a) => {
    const item = element('li', { 'data-id': String(a.id) });
    const state = element('p', {}, `${t('fair.stateLabel')}: `);
    state.append(element('span', { class: 'state', 'data-state': a.state }, t(`fair.state.${a.state}`)));
    item.append(element('p', {}, `#${a.id} · ${a.fairKey} · ${categoryName(fair, a.category)}`), state,
      element('p', { class: 'meta' }, dayList(a.days)));
    if (a.stallCode) item.append(element('p', { class: 'stall' }, t('fair.vendor.yourStall', { stall: a.stallCode })));
    const fee = fees.get(a.id);
    if (fee) {
      item.append(element('p', { class: 'fee' }, t('fair.vendor.feeNotice', {
        amount: money(fee.amountVnd), area: fee.areaM2, days: fee.days.length, rate: money(fee.vndPerM2PerDay),
        power: fee.power ? money(fee.powerVndPerDay) : '—',
      })), element('p', { class: 'meta' }, fee.paid ? t('fair.vendor.paid') : t('fair.vendor.payAtOffice')));
    }
    const actions = element('div', { class: 'row-actions' });
    a.allowedActions.forEach((action) => {
      const button = element('button', { type: 'button', class: action === 'CANCEL' ? 'danger' : 'secondary', 'data-action': action },
        t(`fair.action.${action}`));
      button.addEventListener('click', async () => {
        try {
          await api(`/api/applications/${a.id}/actions`, { method: 'POST', body: { action } });
          status(t('fair.org.moved', { id: a.id, action: t(`fair.action.${action}`) }), 'ok');
        } catch (e) {
          status(problemText(e), 'bad');
        }
        await loadMine();
      });
      actions.append(button);
    });
    item.append(actions);
    if (HOLDING.includes(a.state)) item.append(salesForm(a));
    return item;
  }));
  if (!mine.length) $('my-applications').append(element('li', {}, t('fair.vendor.none')));
}

async function loadMine() {
  mine = await api('/api/applications');
  await Promise.all(mine.filter((a) => HOLDING.includes(a.state)).map(async (a) => fees.set(a.id, await api(`/api/applications/${a.id}/fee`))));
  renderMine();
}

async function loadFair() {
  fair = await api(`/api/fairs/${encodeURIComponent($('fair-select').value)}`);
  renderForm();
}

async function start() {
  await initI18n();
  onLanguageChange(() => { renderForm(); renderMine(); });
  if (!await requireSession(['VENDOR'], $('page-status'))) return;
  try {
    products = await api('/api/vendors/me/products');
    const fairs = await fillFairSelect($('fair-select'));
    const asked = new URLSearchParams(location.search).get('key');
    if (fairs.some((f) => f.key === asked)) $('fair-select').value = asked;
    $('work').hidden = false;
    if (fairs.length) await loadFair();
    await loadMine();
  } catch (e) {
    status(problemText(e), 'bad');
    return;
  }
  $('fair-select').addEventListener('change', loadFair);
  $('apply-form').addEventListener('submit', (event) => { event.preventDefault(); apply(true); });
  $('apply-draft').addEventListener('click', () => apply(false));
  $('main').dataset.ready = 'true';
}

start();
