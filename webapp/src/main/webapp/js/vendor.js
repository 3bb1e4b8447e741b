// vendor/index.html: the signed-in vendor's own page: its verification, its profile, its products (add, change,
// withdraw) and each product's photos (upload, delete). Without a session it offers sign-in and registration.
import { initI18n, onLanguageChange, t, pick, lang } from './i18n.js';
import { api, currentSession, ApiError } from './api.js';
import { PROFILE_FIELDS, PRODUCT_FIELDS, renderFields, relabel, readFields, fillFields, clearErrors, showProblem,
  priceText } from './vendor-forms.js';

const $ = (id) => document.getElementById(id);
const OWN = '/api/vendors/me/products';
const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
const MAX_PHOTO_BYTES = 2 * 1024 * 1024;
const MAX_PHOTOS = 6;
let vendor = null;
let products = [];
let editing = null; // the product being edited, with its photos

const productPath = (key) => `${OWN}/${encodeURIComponent(key)}`;

function setStatus(element, text, kind) {
  element.className = text ? `status ${kind}` : '';
  element.textContent = text || '';
}

// ---- verification and profile ---------------------------------------------------------------------------------
function renderVerification() {
  const p = $('verification');
  if (!vendor) { p.hidden = true; return; }
  p.hidden = false;
  p.dataset.status = vendor.status;
  const verified = vendor.status === 'VERIFIED';
  p.className = `status ${verified ? 'ok' : 'warn'}`;
  p.textContent = verified ? t('vendor.verified')
    : vendor.statusReason ? t('vendor.unverifiedReason', { reason: vendor.statusReason }) : t('vendor.unverified');
}

async function saveProfile(event) {
  event.preventDefault();
  const form = $('profile-form');
  clearErrors(form);
  try {
    vendor = await api('/api/vendors/me', { method: 'PUT', body: readFields(form, PROFILE_FIELDS) });
    renderVerification();
    setStatus($('page-status'), t('vendor.profileSaved'), 'ok');
    await loadProducts();
  } catch (e) {
    showProblem(form, e, 'vendor.saveFailed');
  }
}

// ---- products -----------------------------------------------------------------------------------------------
function renderProducts() {
  $('no-products').hidden = products.length > 0;
  $('product-list').replaceChildren(...products.map((product) => {
    const li = document.createElement('li');
    li.dataset.product = product.key;
    const title = document.createElement('strong');
    title.textContent = pick(product.name);
    const meta = document.createElement('div');
    meta.className = 'meta';
    meta.textContent = `${priceText(product.priceVnd, pick(product.unit), lang())} · ${pick(product.categoryName)} · `
      + t('product.photoCount', { count: product.photos.length });
    const actions = document.createElement('div');
    actions.className = 'actions';
    const edit = document.createElement('button');
    edit.type = 'button';
    edit.className = 'secondary';
    edit.textContent = t('product.edit');
    edit.setAttribute('aria-label', `${t('product.edit')}: ${pick(product.name)}`);
    edit.addEventListener('click', () => startEditing(product.key));
    const withdraw = document.createElement('button');
    withdraw.type = 'button';
    withdraw.className = 'danger';
    withdraw.textContent = t('product.withdraw');
    withdraw.setAttribute('aria-label', `${t('product.withdraw')}: ${pick(product.name)}`);
    withdraw.addEventListener('click', () => withdrawProduct(product));
    actions.append(edit, withdraw);
    if (vendor?.status === 'VERIFIED') {
      const page = document.createElement('a');
      page.href = product.page;
      page.className = 'button secondary';
      page.textContent = t('product.viewPage');
      actions.append(page);
    }
    li.append(title, meta, actions);
    return li;
  }));
}

async function loadProducts() {
  products = await api(OWN);
  renderProducts();
}

function resetProductForm() {
  editing = null;
  const form = $('product-form');
  form.reset();
  clearErrors(form);
  $('product-form-heading').textContent = t('product.new');
  $('product-cancel').hidden = true;
  $('photos').hidden = true;
}

async function startEditing(key) {
  try {
    editing = await api(productPath(key));
  } catch (e) {
    setStatus($('page-status'), t('error.generic', { detail: e.message }), 'bad');
    return;
  }
  const form = $('product-form');
  clearErrors(form);
  fillFields(form, PRODUCT_FIELDS, editing);
  $('product-form-heading').textContent = t('product.editing', { name: pick(editing.name) });
  $('product-cancel').hidden = false;
  renderPhotos();
  $('product-fields').querySelector('input')?.focus();
}

async function saveProduct(event) {
  event.preventDefault();
  const form = $('product-form');
  clearErrors(form);
  $('form-status').replaceChildren();
  const button = $('product-save');
  button.disabled = true;
  try {
    const body = readFields(form, PRODUCT_FIELDS);
    const saved = editing
      ? await api(productPath(editing.key), { method: 'PUT', body })
      : await api(OWN, { method: 'POST', body });
    await loadProducts();
    await startEditing(saved.key);
    setStatus($('form-status'), t('product.saved', { name: pick(saved.name) }), 'ok');
    $('form-status').dataset.key = saved.key;
  } catch (e) {
    showProblem(form, e, 'product.saveFailed');
  } finally {
    button.disabled = false;
  }
}

async function withdrawProduct(product) {
  if (!confirm(t('product.confirmWithdraw', { name: pick(product.name) }))) return;
  try {
    await api(productPath(product.key), { method: 'DELETE' });
    if (editing?.key === product.key) resetProductForm();
    setStatus($('page-status'), t('product.withdrawn', { name: pick(product.name) }), 'ok');
    await loadProducts();
  } catch (e) {
    setStatus($('page-status'), t('error.generic', { detail: e.message }), 'bad');
  }
}

// ---- photos -------------------------------------------------------------------------------------------------
function renderPhotos() {
  $('photos').hidden = !editing;
  if (!editing) return;
  const name = pick(editing.name);
  $('photo-list').replaceChildren(...editing.photos.map((photo, i) => {
    const li = document.createElement('li');
    li.dataset.photo = String(photo.id);
    const img = document.createElement('img');
    img.src = photo.url;
    img.alt = t('product.photoAlt', { name, n: i + 1 });
    img.loading = 'lazy';
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.className = 'danger';
    remove.textContent = t('product.deletePhoto');
    remove.setAttribute('aria-label', `${t('product.deletePhoto')} ${i + 1}`);
    remove.addEventListener('click', () => deletePhoto(photo.id));
    li.append(img, remove);
    return li;
  }));
  $('photo-upload').disabled = editing.photos.length >= MAX_PHOTOS;
}

/** The reason a file cannot be a photo, checked before sending it; the server checks again, by magic number. */
function photoProblem(file) {
  if (!file) return t('product.choosePhoto');
  if (!PHOTO_TYPES.includes(file.type)) return t('product.photoType');
  if (file.size > MAX_PHOTO_BYTES) return t('product.photoTooLarge');
  return null;
}

async function uploadPhoto() {
  const file = $('photo-file').files[0];
  const status = $('photo-status');
  const problem = photoProblem(file);
  if (problem) { setStatus(status, problem, 'bad'); return; }
  $('photo-upload').disabled = true;
  setStatus(status, t('product.uploading'), 'ok');
  try {
    await api(`${productPath(editing.key)}/photos`, { method: 'POST', body: file });
    $('photo-file').value = '';
    await refreshEditing();
    setStatus(status, t('product.photoAdded'), 'ok');
  } catch (e) {
    const reason = e instanceof ApiError && e.errors.length ? e.errors.map((x) => x.reason).join('; ') : e.message;
    setStatus(status, t('product.photoRefused', { reason }), 'bad');
  } finally {
    renderPhotos();
  }
}

async function deletePhoto(id) {
  try {
    await api(`${productPath(editing.key)}/photos/${id}`, { method: 'DELETE' });
    await refreshEditing();
    setStatus($('photo-status'), t('product.photoDeleted'), 'ok');
    $('photo-file').focus();
  } catch (e) {
    setStatus($('photo-status'), t('error.generic', { detail: e.message }), 'bad');
  }
}

async function refreshEditing() {
  editing = await api(productPath(editing.key));
  renderPhotos();
  await loadProducts();
}

// ---- start --------------------------------------------------------------------------------------------------
async function loadVendor() {
  try {
    vendor = await api('/api/vendors/me');
    fillFields($('profile-form'), PROFILE_FIELDS, vendor);
    if (new URLSearchParams(location.search).has('registered')) setStatus($('page-status'), t('vendor.registered'), 'ok');
  } catch (e) {
    if (e.status !== 404) throw e;
    vendor = null;
    $('profile-details').open = true;
    setStatus($('page-status'), t('vendor.writeProfile'), 'warn');
  }
  renderVerification();
}

async function start() {
  await initI18n();
  const session = await currentSession().catch(() => null);
  if (!session) {
    $('signed-out').hidden = false;
    $('main').dataset.ready = 'true';
    return;
  }
  $('session-bar').hidden = false;
  $('signed-in-as').textContent = t('vendor.signedInAs', { user: session.username });
  $('sign-out').addEventListener('click', async () => {
    await api('/api/auth/session', { method: 'DELETE' }).catch(() => {});
    location.assign('/');
  });
  if (!session.roles.includes('VENDOR')) {
    setStatus($('page-status'), t('vendor.notAVendor'), 'bad');
    $('main').dataset.ready = 'true';
    return;
  }
  renderFields($('profile-fields'), PROFILE_FIELDS, 'profile');
  renderFields($('product-fields'), PRODUCT_FIELDS, 'product');
  $('vendor-area').hidden = false;
  $('profile-form').addEventListener('submit', saveProfile);
  $('product-form').addEventListener('submit', saveProduct);
  $('product-cancel').addEventListener('click', resetProductForm);
  $('photo-upload').addEventListener('click', uploadPhoto);
  onLanguageChange(() => {
    $('signed-in-as').textContent = t('vendor.signedInAs', { user: session.username });
    relabel($('profile-form'), PROFILE_FIELDS);
    relabel($('product-form'), PRODUCT_FIELDS);
    $('product-form-heading').textContent = editing ? t('product.editing', { name: pick(editing.name) }) : t('product.new');
    renderVerification();
    renderProducts();
    renderPhotos();
  });
  try {
    await loadVendor();
    if (vendor) await loadProducts();
  } catch (e) {
    setStatus($('page-status'), t('error.generic', { detail: e.message }), 'bad');
  }
  $('main').dataset.ready = 'true';
}

start();
