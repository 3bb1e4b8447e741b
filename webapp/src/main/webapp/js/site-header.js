// The header every page shares: brand, navigation and the language switcher. Pages hold an empty
// <header class="site"></header>; the link to the current page is marked aria-current="page".
const LINKS = [
  { href: '/', key: 'nav.calendar', text: 'Lịch lễ hội' },
  { href: '/fair.html', key: 'fair.nav', text: 'Hội chợ' },
  { href: '/vendor/', key: 'vendor.nav', text: 'Người bán' },
  { href: '/organizer/festivals.html', key: 'nav.organizer', text: 'Ban tổ chức' },
  { href: '/scanner/', key: 'nav.scanner', text: 'Soát vé' },
];
// The pages of one audience, shown as a second row on each of them.
const SECTIONS = {
  '/organizer/': [
    { href: '/organizer/festivals.html', key: 'org.title', text: 'Quản lý lễ hội' },
    { href: '/organizer/tickets.html', key: 'tickets.title', text: 'Vé sự kiện' },
    { href: '/organizer/fairs.html', key: 'fair.nav', text: 'Hội chợ' },
    { href: '/organizer/vendors.html', key: 'vendor.navVerify', text: 'Xác minh người bán' },
    { href: '/organizer/gates.html', key: 'nav.gates', text: 'Cổng' },
    { href: '/organizer/dashboard.html', key: 'dash.title', text: 'Số liệu' },
    { href: '/organizer/report.html', key: 'report.title', text: 'Báo cáo lễ hội' },
  ],
  '/vendor/': [
    { href: '/vendor/', key: 'vendor.title', text: 'Gian hàng của tôi' },
    { href: '/vendor/applications.html', key: 'fair.vendor.title', text: 'Đơn đăng ký gian hàng' },
  ],
};
const LANGUAGES = [['vi', 'Tiếng Việt'], ['en', 'English'], ['zh', '中文']];

function element(tag, attributes = {}, text = '') {
  const el = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => el.setAttribute(name, value));
  if (text) el.textContent = text;
  return el;
}

/** A list of links; current(href) gives the link's aria-current ("page", or "true" for the current section). */
function linkList(links, current) {
  const list = element('ul');
  links.forEach(({ href, key, text }) => {
    const link = element('a', { href, 'data-i18n': key }, text);
    if (current(href)) link.setAttribute('aria-current', current(href));
    const item = element('li');
    item.append(link);
    list.append(item);
  });
  return list;
}

/** Fills the page's empty site header; does nothing where there is none or it is filled already. */
export function renderSiteHeader() {
  const header = document.querySelector('header.site');
  if (!header || header.childElementCount > 0) return;
  header.append(element('a', { class: 'brand', href: '/', 'data-i18n': 'app.name' }, 'Festgate Lai Châu'));

  const here = location.pathname.replace(/\/index\.html$/, '/');
  const section = Object.entries(SECTIONS).find(([prefix]) => here.startsWith(prefix));
  const nav = element('nav', { 'data-i18n-attr': 'aria-label:nav.calendar' });
  nav.append(linkList(LINKS, (href) => {
    if (here === href) return 'page';
    return section && section[1][0].href === href ? 'true' : null;
  }));
  header.append(nav);
  if (section) {
    const sub = element('nav', { class: 'section-nav', 'data-i18n-attr': `aria-label:${section[1][0].key}` });
    sub.append(linkList(section[1], (href) => (here === href ? 'page' : null)));
    header.append(sub);
  }

  const switcher = element('div', { class: 'lang-switch', role: 'group', 'data-i18n-attr': 'aria-label:lang.label' });
  LANGUAGES.forEach(([code, name]) => switcher.append(
    element('button', { type: 'button', 'data-lang': code, lang: code, 'aria-pressed': String(code === 'vi') }, name)));
  header.append(switcher);
}
