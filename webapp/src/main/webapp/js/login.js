// login.html: opens a web session (HttpOnly cookie) and goes on to ?next= (same site only) or the organizer page.
import { initI18n, t } from './i18n.js';
import { api } from './api.js';

function nextPage() {
  const next = new URLSearchParams(location.search).get('next');
  if (!next) return '/organizer/festivals.html';
  // only addresses of this site: resolve as the browser will, then compare origins ("/\\evil", "/%09/evil" ...)
  const target = new URL(next, location.origin);
  return target.origin === location.origin ? target.pathname + target.search + target.hash : '/organizer/festivals.html';
}

async function start() {
  await initI18n();
  const form = document.getElementById('login-form');
  const error = document.getElementById('login-error');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    const button = document.getElementById('login-submit');
    button.disabled = true;
    try {
      await api('/api/auth/session', {
        method: 'POST',
        body: { username: form.username.value.trim(), password: form.password.value },
      });
      location.assign(nextPage());
    } catch (e) {
      error.textContent = e.status === 401 || e.status === 400 ? t('login.failed') : t('login.error', { detail: e.message });
      error.hidden = false;
      form.password.focus();
    } finally {
      button.disabled = false;
    }
  });
}

start();
