// vendor/register.html: a producer, cooperative or trader registers (account and profile together), is signed in
// and goes on to its own page, where it waits for an organizer's verification.
import { initI18n, onLanguageChange } from './i18n.js';
import { api, currentSession } from './api.js';
import { ACCOUNT_FIELDS, PROFILE_FIELDS, renderFields, relabel, readFields, clearErrors, showProblem } from './vendor-forms.js';

const form = () => document.getElementById('register-form');

async function submit(event) {
  event.preventDefault();
  clearErrors(form());
  const button = document.getElementById('register-submit');
  button.disabled = true;
  const { account } = readFields(form(), ACCOUNT_FIELDS);
  try {
    await api('/api/vendors', { method: 'POST', body: { account: account || {}, profile: readFields(form(), PROFILE_FIELDS) } });
    await api('/api/auth/session', { method: 'POST', body: { username: account.username, password: account.password } });
    location.assign('/vendor/?registered=1');
  } catch (e) {
    showProblem(form(), e, 'vendor.registerFailed');
  } finally {
    button.disabled = false;
  }
}

async function start() {
  await initI18n();
  await currentSession().catch(() => null); // a signed-in browser must send its CSRF token with the registration
  renderFields(document.getElementById('account-fields'), ACCOUNT_FIELDS, 'reg');
  renderFields(document.getElementById('profile-fields'), PROFILE_FIELDS, 'reg');
  onLanguageChange(() => { relabel(form(), ACCOUNT_FIELDS); relabel(form(), PROFILE_FIELDS); });
  form().addEventListener('submit', submit);
  form().dataset.ready = 'true';
}

start();
