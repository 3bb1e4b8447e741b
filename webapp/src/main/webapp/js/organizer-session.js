// The sign-in every organizer page needs: sends a visitor without a session to the login page and back, shows who
// is signed in, offers sign-out, and tells an account without the ORGANIZER or ADMIN role that it cannot go on.
import { t, onLanguageChange } from './i18n.js';
import { api, currentSession } from './api.js';

const $ = (id) => document.getElementById(id);

/**
 * The session of an organizer or administrator, or null (the page was sent to the login page, or the account
 * lacks the role and the page says so in #page-status). The page holds #main (hidden), #signed-in-as, #sign-out.
 */
export async function organizerSession() {
  const session = await currentSession().catch(() => null);
  if (!session) {
    location.replace(`/login.html?next=${encodeURIComponent(location.pathname + location.search)}`);
    return null;
  }
  $('main').hidden = false;
  const showUser = () => { $('signed-in-as').textContent = t('org.signedInAs', { user: session.username }); };
  showUser();
  onLanguageChange(showUser);
  $('sign-out').addEventListener('click', async () => {
    await api('/api/auth/session', { method: 'DELETE' }).catch(() => {});
    location.assign('/');
  });
  if (!session.roles.includes('ORGANIZER') && !session.roles.includes('ADMIN')) {
    $('page-status').textContent = t('org.forbidden');
    return null;
  }
  return session;
}
