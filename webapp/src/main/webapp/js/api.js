// fetch for the Festgate API: JSON in and out, problem+json errors thrown as ApiError.
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
  /** The field errors of the problem: [{field, reason}]. */
  get errors() { return Array.isArray(this.problem.errors) ? this.problem.errors : []; }
}

let csrfToken = null;

/** Remembers the CSRF token of the web session; every write sends it. */
export function useCsrfToken(token) { csrfToken = token; }

/** Calls the API; a body is sent as JSON, or as it is when it is a Blob (such as a File) of its own type. */
export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json, application/problem+json' };
  const raw = body instanceof Blob;
  if (body !== undefined) headers['Content-Type'] = raw ? body.type : 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let response;
  try {
    response = await fetch(path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined || raw ? body : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, { title: 'network', detail: e.message });
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

/** The signed-in user {username, roles, csrfToken}, or null when not signed in. */
export async function currentSession() {
  try {
    const session = await api('/api/auth/session');
    useCsrfToken(session.csrfToken);
    return session;
  } catch (e) {
    if (e.status === 401) return null;
    throw e;
  }
}
