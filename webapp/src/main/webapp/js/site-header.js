// The header every page shares: brand, navigation and the language switcher. Pages hold an empty
// <header class="site"></header>; the link to the current page is marked aria-current="page".
const LINKS = [
  { href: '/', key: 'nav.calendar', text: 'Lịch lễ hội' },
  { href: '/fair.html', key: 'fair.nav', text: 'Hội chợ' },
  { href: '/organizer/festivals.html', key: 'nav.organizer', text: 'Ban tổ chức' },
  { href: '/organizer/gates.html', key: 'nav.gates', text: 'Cổng' },
  { href: '/scanner/', key: 'nav.scanner', text: 'Soát vé' },
  { href: '/vendor/', key: 'vendor.nav', text: 'Người bán' },
  { href: '/organizer/vendors.html', key: 'vendor.navVerify', text: 'Xác minh người bán' },
];
const LANGUAGES = [['vi', 'Tiếng Việt'], ['en', 'English'], ['zh', '中文']];

function element(tag, attributes = {}, text = '') {
  const el = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => el.setAttribute(name, value));
  if (text) el.textContent = text;
  return el;
}

/** Fills the page's empty site header; does nothing where there is none or it is filled already. */
export function renderSiteHeader() {
  const header = document.querySelector('header.site');
  if (!header || header.childElementCount > 0) return;
  header.append(element('a', { class: 'brand', href: '/', 'data-i18n': 'app.name' }, 'Festgate Lai Châu'));

  const list = element('ul');
  LINKS.forEach(({ href, key, text }) => {
    const link = element('a', { href, 'data-i18n': key }, text);
    if (location.pathname === href || (href === '/' && location.pathname === '/index.html')) {
      link.setAttribute('aria-current', 'page');
    }
    const item = element('li');
    item.append(link);
    list.append(item);
  });
  const nav = element('nav', { 'data-i18n-attr': 'aria-label:nav.calendar' });
  nav.append(list);
  header.append(nav);

  const switcher = element('div', { class: 'lang-switch', role: 'group', 'data-i18n-attr': 'aria-label:lang.label' });
  LANGUAGES.forEach(([code, name]) => switcher.append(
    element('button', { type: 'button', 'data-lang': code, lang: code, 'aria-pressed': String(code === 'vi') }, name)));
  header.append(switcher);
}
