// Festgate service worker (scope "/"): keeps the ticket and scanner pages usable without a network.
// Every same-origin GET goes to the network first and falls back to the cache, so online users always see
// fresh data; writes (scans, cancelling) are never cached; the scanner page queues them itself (IndexedDB).
const CACHE = 'festgate-v1';
const SHELL = [
  '/ticket.html', '/scanner/', '/scanner/index.html', '/login.html',
  '/css/festgate.css',
  '/js/i18n.js', '/js/site-header.js', '/js/api.js', '/js/dates.js', '/js/offline.js',
  '/js/ticket.js', '/js/scanner.js', '/js/scan-queue.js', '/js/login.js',
  '/js/offline-gate.js', '/js/ticket-token.js', '/js/base45.js',
  '/i18n/vi.json', '/i18n/en.json', '/i18n/zh.json',
  '/vendor/zxing/zxing-browser.min.js',
];

self.addEventListener('install', (event) => {
  // one missing file must not leave the whole shell uncached
  event.waitUntil(caches.open(CACHE)
    .then((cache) => Promise.all(SHELL.map((url) => cache.add(url).catch(() => console.warn('not cached', url)))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith('festgate-') && n !== CACHE).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

// Sign-ins and session state are never kept: an offline page must not look signed in from a stale copy. Nor are
// the scanner's calls (a stale offline package served as fresh would hide cancellations and its own age), nor a
// vendor's own data (profile, contact data, unpublished products, stall applications, fees and sales), nor the
// organizers' review lists and sales of a fair: they stay off shared devices.
function cacheable(url) {
  return url.origin === self.location.origin && !url.pathname.startsWith('/api/auth/')
    && !url.pathname.startsWith('/api/scanner/') && !url.pathname.startsWith('/api/vendors/')
    && !url.pathname.startsWith('/api/applications')
    && !/^\/api\/fairs\/[^/]+\/(applications|sales)/.test(url.pathname);
}

// The shell page standing in for an address the cache has never seen (a ticket opened through another link).
function shellFor(url) {
  if (url.pathname.startsWith('/tickets/')) return '/ticket.html';
  if (url.pathname.startsWith('/scanner')) return '/scanner/index.html';
  return null;
}

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
    return response;
  } catch (offline) {
    const cached = await cache.match(request, { ignoreVary: true });
    if (cached) return cached;
    if (request.mode === 'navigate') {
      const shell = shellFor(new URL(request.url));
      const page = shell && await cache.match(shell);
      if (page) return page;
    }
    throw offline;
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || !cacheable(url)) return;
  event.respondWith(networkFirst(event.request));
});
