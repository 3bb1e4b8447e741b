// The sign-in that pages for one audience need: sends a visitor without a web session to the login page and back,
// shows who is signed in (#signed-in-as) and wires sign-out (#sign-out), and tells an account without the role
// that the page is not for it.
import { t, onLanguageChange } from './i18n.js';
import { api, currentSession } from './api.js';
import { setStatus } from './status.js';

/**
 * The web session of a signed-in user with one of the roles, or null: the page was sent to the login page, or the
 * account lacks the roles and statusElement says so. A hidden #main is shown once someone is signed in.
 */
export async function requireSession(roles, statusElement) {
  const session = await currentSession().catch(() => null);
  if (!session) {
    location.replace(`/login.html?next=${encodeURIComponent(location.pathname + location.search)}`);
    return null;
  }
  document.getElementById('main')?.removeAttribute('hidden');
  const showUser = () => {
    document.getElementById('signed-in-as').textContent = t('fair.signedInAs', { user: session.username });
  };
  showUser();
  onLanguageChange(showUser);
  document.getElementById('sign-out').addEventListener('click', async () => {
    await api('/api/auth/session', { method: 'DELETE' }).catch(() => {});
    location.assign('/');
  });
  if (!roles.some((role) => session.roles.includes(role))) {
    setStatus(statusElement, t('fair.wrongRole', { roles: roles.join(', ') }), 'bad');
    return null;
  }
  return session;
}
