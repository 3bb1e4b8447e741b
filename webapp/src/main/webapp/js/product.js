// product.html, served at /products/<key> (the address of the product's QR code) or product.html?key=: a vendor's
// product as visitors see it, in vi/en/zh; of the vendor only its public name.
import { initI18n, onLanguageChange, t, pick, lang } from './i18n.js';
import { api } from './api.js';
import { priceText } from './vendor-forms.js';

const $ = (id) => document.getElementById(id);
let product = null;

function productKey() {
  const match = location.pathname.match(/^\/products\/([^/]+)\/?$/);
  if (match) return decodeURIComponent(match[1]);
  return new URLSearchParams(location.search).get('key');
}

const base = (key) => `/api/vendor-products/${encodeURIComponent(key)}`;

function render() {
  if (!product) return;
  const name = pick(product.name);
  document.title = `${name} · Festgate`;
  $('product-name').textContent = name;
  $('product-category').textContent = pick(product.categoryName);
  $('product-price').textContent = priceText(product.priceVnd, pick(product.unit), lang());
  $('product-vendor').textContent = t('product.offeredBy', { vendor: product.vendorName });
  $('product-origin').textContent = product.formerDistrict ? `${product.commune} (${product.formerDistrict})` : product.commune;
  $('product-producer').textContent = product.producer;
  $('product-ocop').textContent = product.ocopStars ? t('product.ocopStars', { stars: '★'.repeat(product.ocopStars), count: product.ocopStars }) : t('product.ocopNone');
  $('product-gi').textContent = product.geographicalIndication || t('product.none');
  $('product-about').hidden = !product.description;
  $('product-description').textContent = product.description ? pick(product.description) : '';
  $('product-photos').replaceChildren(...product.photos.map((photo, i) => {
    const li = document.createElement('li');
    const img = document.createElement('img');
    img.src = photo.url;
    img.alt = t('product.photoAlt', { name, n: i + 1 });
    img.loading = i === 0 ? 'eager' : 'lazy';
    li.append(img);
    return li;
  }));
}

async function start() {
  await initI18n();
  onLanguageChange(render);
  const key = productKey();
  try {
    if (!key) throw Object.assign(new Error('no key'), { status: 404 });
    product = await api(base(key));
  } catch (e) {
    $('page-status').className = 'status bad';
    $('page-status').textContent = e.status === 404 ? t('product.notFound') : t('error.generic', { detail: e.message });
    return;
  }
  $('product').hidden = false;
  render();
  const qr = $('qr');
  qr.addEventListener('load', () => { $('product-qr').hidden = false; }, { once: true });
  qr.src = `${base(key)}/qr.svg`;
  $('qr-png').href = `${base(key)}/qr.png?size=720`;
  $('product').dataset.loaded = 'true';
}

start();
