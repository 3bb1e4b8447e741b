// The forms of the vendor pages, built from field lists: the vendor's account and profile, and a product. Each field
// gets a label, an error slot and data-field="<API field>", so that problem+json errors land next to their field.
import { apply, t } from './i18n.js';
import { ApiError } from './api.js';

const KINDS = ['HOUSEHOLD', 'COOPERATIVE', 'ENTERPRISE', 'TRADER'];
export const CATEGORIES = ['TEA', 'SPICE', 'MEDICINAL_HERB', 'RICE_AND_GRAIN', 'FRUIT', 'LIVESTOCK_AND_MEAT',
  'PROCESSED_FOOD', 'BROCADE_AND_CRAFT', 'BEVERAGE', 'OTHER'];

export const ACCOUNT_FIELDS = [
  { name: 'account.username', key: 'vendor.username', required: true, maxlength: 64, autocomplete: 'username',
    pattern: '[a-z0-9._\\-]{3,64}', hint: 'vendor.usernameHint' },
  { name: 'account.password', key: 'vendor.password', type: 'password', required: true, minlength: 10, maxlength: 200,
    autocomplete: 'new-password', hint: 'vendor.passwordHint' },
];

export const PROFILE_FIELDS = [
  { name: 'businessName', key: 'vendor.businessName', required: true, maxlength: 200, autocomplete: 'organization',
    hint: 'vendor.businessNameHint' },
  { name: 'kind', key: 'vendor.kind', type: 'select', required: true, options: KINDS.map((k) => [k, `vendor.kind.${k}`]) },
  { name: 'commune', key: 'vendor.commune', required: true, maxlength: 100 },
  { name: 'formerDistrict', key: 'vendor.formerDistrict', maxlength: 100 },
  { name: 'phone', key: 'vendor.phone', type: 'tel', maxlength: 20, autocomplete: 'tel', hint: 'vendor.contactHint' },
  { name: 'email', key: 'vendor.email', type: 'email', maxlength: 200, autocomplete: 'email' },
  { name: 'taxCode', key: 'vendor.taxCode', maxlength: 14, inputmode: 'numeric' },
];

const LANG_NAMES = { vi: 'product.inVi', en: 'product.inEn', zh: 'product.inZh' };
const texts = (name, key, options = {}) => ['vi', 'en', 'zh'].map((l) => ({
  name: `${name}.${l}`, key, langKey: LANG_NAMES[l], lang: l, required: l === 'vi' && !options.optional, ...options,
}));

export const PRODUCT_FIELDS = [
  ...texts('name', 'product.name', { maxlength: 200 }),
  { name: 'category', key: 'product.category', type: 'select', required: true,
    options: CATEGORIES.map((c) => [c, `product.category.${c}`]) },
  { name: 'commune', key: 'product.origin', required: true, maxlength: 100 },
  { name: 'formerDistrict', key: 'vendor.formerDistrict', maxlength: 100 },
  { name: 'producer', key: 'product.producer', required: true, maxlength: 200 },
  { name: 'ocopStars', key: 'product.ocop', type: 'select', number: true,
    options: [['', 'product.ocopNone'], ['3', 'product.stars3'], ['4', 'product.stars4'], ['5', 'product.stars5']] },
  { name: 'geographicalIndication', key: 'product.gi', maxlength: 200 },
  { name: 'priceVnd', key: 'product.price', type: 'number', required: true, number: true, min: 0, max: 1000000000,
    inputmode: 'numeric' },
  ...texts('unit', 'product.unit', { maxlength: 200 }),
  ...texts('description', 'product.description', { type: 'textarea', maxlength: 4000, optional: true }),
];

const idOf = (prefix, name) => `${prefix}-${name.replace(/\./g, '-')}`;

function labelText(spec) {
  return spec.langKey ? `${t(spec.key)} (${t(spec.langKey)})` : t(spec.key);
}

/** Appends the fields to a container; ids are "<prefix>-<field with dots as hyphens>". */
export function renderFields(container, specs, prefix) {
  specs.forEach((spec) => {
    const id = idOf(prefix, spec.name);
    const div = document.createElement('div');
    div.className = 'field';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.dataset.label = spec.name;
    const input = document.createElement(spec.type === 'select' || spec.type === 'textarea' ? spec.type : 'input');
    input.id = id;
    input.name = spec.name;
    input.dataset.field = spec.name;
    if (input.tagName === 'INPUT') input.type = spec.type || 'text';
    if (spec.type === 'textarea') input.rows = 3;
    ['required', 'maxlength', 'minlength', 'min', 'max', 'pattern', 'autocomplete', 'inputmode', 'lang']
      .forEach((a) => { if (spec[a] !== undefined && spec[a] !== false) input.setAttribute(a, spec[a] === true ? '' : spec[a]); });
    const described = [];
    if (spec.hint) {
      const hint = document.createElement('p');
      hint.className = 'meta';
      hint.id = `${id}-hint`;
      hint.dataset.i18n = spec.hint;
      described.push(hint.id);
      div.append(label, hint);
    } else {
      div.append(label);
    }
    const error = document.createElement('p');
    error.className = 'error-text';
    error.id = `err-${id}`;
    error.hidden = true;
    described.push(error.id);
    input.setAttribute('aria-describedby', described.join(' '));
    div.append(input, error);
    container.append(div);
  });
  relabel(container, specs);
}

/** Puts the labels and select options in the current language. */
export function relabel(container, specs) {
  specs.forEach((spec) => {
    const label = container.querySelector(`label[data-label="${spec.name}"]`);
    if (label) label.textContent = labelText(spec);
    const select = container.querySelector(`select[data-field="${spec.name}"]`);
    if (select && spec.options) {
      const value = select.value;
      select.replaceChildren(...spec.options.map(([v, key]) => new Option(t(key), v)));
      select.value = value || spec.options[0][0];
    }
  });
  apply(container);
}

/** The values of the fields as an API body: dotted names nest, empty optional values are left out. */
export function readFields(form, specs) {
  const body = {};
  specs.forEach((spec) => {
    const raw = form.querySelector(`[data-field="${spec.name}"]`).value.trim();
    if (raw === '') return;
    const path = spec.name.split('.');
    let target = body;
    path.slice(0, -1).forEach((p) => { target[p] = target[p] || {}; target = target[p]; });
    target[path[path.length - 1]] = spec.number ? Number(raw) : raw;
  });
  return body;
}

/** Fills the fields from an API object (dotted names read nested values). */
export function fillFields(form, specs, data) {
  specs.forEach((spec) => {
    const value = spec.name.split('.').reduce((v, p) => (v == null ? v : v[p]), data);
    form.querySelector(`[data-field="${spec.name}"]`).value = value == null ? '' : String(value);
  });
}

export function clearErrors(form) {
  form.querySelectorAll('.error-text').forEach((p) => { p.hidden = true; p.textContent = ''; });
  form.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
}

/**
 * Shows a failed call's problem: each field error next to its field ("profile.phone" and "phone" alike), the rest
 * in the form's general error slot (an element with data-form-error); focuses the first wrong field.
 */
export function showProblem(form, error, messageKey) {
  const general = form.querySelector('[data-form-error]');
  const errors = error instanceof ApiError ? error.errors : [];
  const unplaced = [];
  errors.forEach(({ field, reason }) => {
    const name = String(field).replace(/^(profile|input|registration)\./, '');
    const input = form.querySelector(`[data-field="${name}"]`) || form.querySelector(`[data-field="${field}"]`);
    if (!input) { unplaced.push(`${field}: ${reason}`); return; }
    const slot = document.getElementById(`err-${input.id}`);
    slot.textContent = slot.textContent ? `${slot.textContent}; ${reason}` : reason;
    slot.hidden = false;
    input.setAttribute('aria-invalid', 'true');
  });
  if (!errors.length || unplaced.length) {
    general.textContent = t(messageKey, { detail: unplaced.join('; ') || error.message });
    general.hidden = false;
  }
  form.querySelector('[aria-invalid="true"]')?.focus();
}

/** A price in đồng per unit, in the page's language, such as "350.000 ₫ / hộp 200 g". */
export function priceText(priceVnd, unit, language) {
  const amount = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : language, { style: 'currency', currency: 'VND' })
    .format(priceVnd);
  return unit ? `${amount} / ${unit}` : amount;
}
