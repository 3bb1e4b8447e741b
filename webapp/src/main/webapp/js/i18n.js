// Message bundles (i18n/<lang>.json) and the language switcher shared by every page.
import { renderSiteHeader } from './site-header.js';

// Elements marked data-i18n="key" get the message as text; data-i18n-attr="attr:key,attr:key" set attributes.
export const LANGUAGES = ['vi', 'en', 'zh'];
const STORE_KEY = 'festgate.lang';
const listeners = [];
let current = 'vi';
let messages = {};

function initialLanguage() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(fromUrl)) return fromUrl;
  try {
    const stored = localStorage.getItem(STORE_KEY);
    if (LANGUAGES.includes(stored)) return stored;
  } catch (e) { /* storage may be blocked */ }
  return 'vi';
}

export function lang() { return current; }

/** The message of a key, with {name} placeholders filled from vars; the key itself when missing. */
export function t(key, vars = {}) {
  const text = messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}

/** The text of the current language from an API {vi,en,zh} object (falls back to vi, then en). */
export function pick(text) {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return text[current] || text.vi || text.en || '';
}

/** Calls fn after every language change (and not now). */
export function onLanguageChange(fn) { listeners.push(fn); }

export function apply(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-attr]').forEach((el) => {
    el.dataset.i18nAttr.split(',').forEach((pair) => {
      const [attr, key] = pair.split(':').map((s) => s.trim());
      el.setAttribute(attr, t(key));
    });
  });
}

export async function setLanguage(code) {
  if (!LANGUAGES.includes(code)) code = 'vi';
  const response = await fetch(`/i18n/${code}.json`, { headers: { Accept: 'application/json' } });
  messages = await response.json();
  current = code;
  try { localStorage.setItem(STORE_KEY, code); } catch (e) { /* ignore */ }
  document.documentElement.lang = code;
  apply();
  if (document.body.dataset.titleKey) document.title = `${t(document.body.dataset.titleKey)} · Festgate`;
  document.querySelectorAll('[data-lang]').forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.lang === code)));
  listeners.forEach((fn) => fn(code));
}

/** Renders the site header, loads the remembered language and wires the [data-lang] buttons of the page. */
export async function initI18n() {
  renderSiteHeader();
  document.querySelectorAll('[data-lang]').forEach((button) => {
    button.addEventListener('click', () => setLanguage(button.dataset.lang));
  });
  await setLanguage(initialLanguage());
}
