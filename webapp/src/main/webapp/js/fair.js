// fair.html?key=...: a fair's days, its stall map as SVG (stalls coloured by category, occupied ones with the
// vendor's public name), the same stalls as a table, and a product search that highlights the stalls selling it.
import { initI18n, onLanguageChange, t, pick, lang } from './i18n.js';
import { api } from './api.js';
import { formatDate } from './dates.js';
import { CATEGORY_COLORS, fairKeyOfAddress, money, dayList, categoryName, setStatus, element } from './fair-common.js';

const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
let fair = null;
let occupancy = null;

function svg(tag, attributes = {}, text = '') {
  const el = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => el.setAttribute(name, value));
  if (text) el.textContent = text;
  return el;
}

const occupantsOf = (code) => occupancy.occupants.filter((o) => o.stallCode === code);
const isMatch = (code) => occupancy.searched && occupancy.matches.includes(code);
const productNames = (occupant) => occupant.products.map((p) => pick(p.name)).join(', ');

/** Everything a stall says, for its title, its accessible name and the table. */
function stallWords(stall) {
  const words = [t('fair.stallLabel', { code: stall.code, category: categoryName(fair, stall.category) })];
  if (stall.power) words.push(t('fair.power'));
  const occupants = occupantsOf(stall.code);
  occupants.forEach((o) => words.push(`${o.vendorName} (${dayList(o.days)}): ${productNames(o) || '—'}`));
  if (!occupants.length) words.push(t('fair.free'));
  if (isMatch(stall.code)) words.push(t('fair.matchWord'));
  return words.join(' · ');
}

function renderFacts() {
  document.title = `${pick(fair.name)} · Festgate`;
  $('fair-name').textContent = pick(fair.name);
  $('fair-festival').textContent = fair.festivalName ? pick(fair.festivalName) : t('fair.standalone');
  $('fair-venue').textContent = fair.venueName ? pick(fair.venueName) : fair.venueKey;
  $('fair-days').replaceChildren(...fair.days.map((d) => element('li', {},
    `${formatDate(d.date, lang())} · ${String(d.opens).slice(0, 5)}–${String(d.closes).slice(0, 5)}`)));
}

function renderLegend() {
  $('legend').replaceChildren(...fair.categories.map((c) => {
    const item = element('li');
    const swatch = element('span', { class: 'swatch', 'aria-hidden': 'true' });
    swatch.style.background = CATEGORY_COLORS[c.code];
    item.append(swatch, ` ${pick(c.label)}`);
    return item;
  }));
}

/** The box around some stalls with a margin (room for a zone's name above them). */
function boxAround(stalls, pad) {
  const x = Math.min(...stalls.map((s) => s.x)) - pad;
  const y = Math.min(...stalls.map((s) => s.y)) - pad;
  const right = Math.max(...stalls.map((s) => s.x + s.widthCm)) + pad;
  const bottom = Math.max(...stalls.map((s) => s.y + s.depthCm)) + pad;
  return { x, y, width: right - x, height: bottom - y };
}

function renderMap() {
  const { widthCm, depthCm, stalls } = fair.map;
  // the part of the ground that holds stalls, so that they are as large as the screen allows
  const extent = stalls.length ? boxAround(stalls, 0) : { x: 0, y: 0, width: widthCm, height: depthCm };
  const unit = Math.max(extent.width, extent.height) / 30;
  const view = stalls.length ? boxAround(stalls, unit * 2.5) : extent;
  const root = svg('svg', { viewBox: `${view.x} ${view.y} ${view.width} ${view.height}`, role: 'group', id: 'stall-svg',
    'aria-labelledby': 'stall-svg-title stall-svg-desc', class: occupancy.searched ? 'searched' : '' });
  root.append(svg('title', { id: 'stall-svg-title' }, t('fair.mapTitle', { name: pick(fair.name) })),
    svg('desc', { id: 'stall-svg-desc' }, t('fair.mapDesc', { count: fair.map.stalls.length })),
    svg('rect', { x: 0, y: 0, width: widthCm, height: depthCm, class: 'ground' }));
  fair.map.zones.forEach((zone) => {
    const inZone = stalls.filter((s) => s.zone === zone.key);
    if (!inZone.length) return;
    const box = boxAround(inZone, unit * 1.6);
    root.append(svg('rect', { ...box, class: 'zone', 'aria-hidden': 'true' }),
      svg('text', { x: box.x + unit / 2, y: box.y + unit * 1.1, class: 'zone-name', 'font-size': unit, 'aria-hidden': 'true' },
        pick(zone.name)));
  });
  stalls.forEach((stall) => {
    const words = stallWords(stall);
    const link = svg('a', { href: `#stall-row-${stall.code}`, 'aria-label': words, 'data-code': stall.code,
      class: `stall${occupantsOf(stall.code).length ? ' occupied' : ''}${isMatch(stall.code) ? ' match' : ''}` });
    const size = Math.min(stall.widthCm, stall.depthCm) / 4;
    link.append(svg('title', {}, words),
      svg('rect', { x: stall.x, y: stall.y, width: stall.widthCm, height: stall.depthCm, fill: CATEGORY_COLORS[stall.category] }),
      svg('text', { x: stall.x + stall.widthCm / 2, y: stall.y + stall.depthCm / 2, 'font-size': size, class: 'code' }, stall.code));
    const occupant = occupantsOf(stall.code)[0];
    if (occupant) {
      const name = occupant.vendorName.slice(0, 24);
      link.append(svg('text', { x: stall.x + stall.widthCm / 2, y: stall.y + stall.depthCm / 2 + size * 1.2,
        'font-size': Math.min(size * 0.6, (stall.widthCm * 0.9) / (name.length * 0.55)), class: 'vendor' }, name));
    }
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const row = $(`stall-row-${stall.code}`);
      row.scrollIntoView({ block: 'center' });
      row.focus();
    });
    root.append(link);
  });
  $('stall-map').replaceChildren(root);
}

function productLinks(products) {
  const list = element('ul', { class: 'plain-list' });
  products.forEach((p) => {
    const item = element('li');
    item.append(element('a', { href: p.page, 'data-product': p.key }, pick(p.name)), ` · ${money(p.priceVnd)} / ${pick(p.unit)}`);
    list.append(item);
  });
  return list;
}

function renderTable() {
  const body = $('stall-table').tBodies[0];
  body.replaceChildren(...fair.map.stalls.map((stall) => {
    const row = body.insertRow();
    row.id = `stall-row-${stall.code}`;
    row.tabIndex = -1;
    row.dataset.code = stall.code;
    if (isMatch(stall.code)) row.className = 'match';
    const head = element('th', { scope: 'row' }, stall.code);
    if (isMatch(stall.code)) head.append(element('span', { class: 'badge match-badge' }, t('fair.matchWord')));
    row.append(head);
    row.insertCell().textContent = categoryName(fair, stall.category);
    row.insertCell().textContent = t('fair.sizeText', { width: stall.widthCm / 100, depth: stall.depthCm / 100,
      area: stall.areaM2, power: stall.power ? t('fair.power') : '' });
    const occupants = occupantsOf(stall.code);
    row.insertCell().textContent = occupants.length ? occupants.map((o) => `${o.vendorName} (${dayList(o.days)})`).join('; ') : t('fair.free');
    row.insertCell().append(productLinks(occupants.flatMap((o) => o.products)));
    return row;
  }));
}

function renderSearch() {
  const select = $('search-category');
  const chosen = select.value;
  select.replaceChildren(element('option', { value: '' }, t('fair.anyCategory')),
    ...occupancy.productCategories.map((c) => element('option', { value: c.code }, pick(c.name))));
  select.value = chosen;
  if (!occupancy.searched) {
    $('search-result').textContent = '';
    $('search-products').replaceChildren();
    return;
  }
  $('search-result').textContent = occupancy.matches.length
    ? t('fair.found', { count: occupancy.matches.length, stalls: occupancy.matches.join(', ') })
    : t('fair.notFound');
  $('search-products').replaceChildren(...occupancy.products.map((p) => {
    const item = element('li');
    const stalls = occupancy.occupants.filter((o) => o.products.some((q) => q.key === p.key)).map((o) => o.stallCode);
    item.append(element('a', { href: p.page, 'data-product': p.key }, pick(p.name)),
      ` · ${pick(p.categoryName)} · ${money(p.priceVnd)} · ${t('fair.atStalls', { stalls: [...new Set(stalls)].join(', ') })}`);
    return item;
  }));
}

function render() {
  if (!fair) return;
  renderFacts();
  renderLegend();
  renderMap();
  renderTable();
  renderSearch();
}

async function load(query = '') {
  occupancy = await api(`/api/fairs/${encodeURIComponent(fair.key)}/stalls${query}`);
  render();
}

/** Without a key: the fairs, each a link to its page. */
async function listFairs() {
  const fairs = await api('/api/fairs');
  $('fair-list').replaceChildren(...fairs.map((f) => {
    const item = element('li');
    item.append(element('a', { href: `/fair.html?key=${encodeURIComponent(f.key)}` }, pick(f.name)),
      element('p', { class: 'meta' }, `${formatDate(f.firstDay, lang())} – ${formatDate(f.lastDay, lang())} · ${pick(f.venueName)}`));
    return item;
  }));
  if (!fairs.length) setStatus($('status'), t('fair.noFairs'), 'warn');
  $('fairs').hidden = false;
  $('main').dataset.ready = 'true';
}

async function start() {
  await initI18n();
  onLanguageChange(render);
  const key = fairKeyOfAddress();
  if (!key) {
    await listFairs();
    return;
  }
  try {
    fair = await api(`/api/fairs/${encodeURIComponent(key)}`);
    await load();
    $('fair').hidden = false;
    $('main').dataset.ready = 'true';
  } catch (e) {
    setStatus($('status'), e.status === 404 ? t('fair.none') : t('error.generic', { detail: e.message }), 'bad');
    return;
  }
  $('search-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    if ($('search-text').value.trim()) params.set('q', $('search-text').value.trim());
    if ($('search-category').value) params.set('category', $('search-category').value);
    await load(params.toString() ? `?${params}` : '');
  });
  $('search-clear').addEventListener('click', async () => {
    $('search-text').value = '';
    $('search-category').value = '';
    await load();
  });
}

start();
