// The service worker (/sw.js) and the pieces a page asks it to keep for offline use.
const CACHE = 'festgate-v1';

/** Registers /sw.js for the whole site; resolves when a worker is active (or at once where unsupported). */
export async function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return null;
  try {
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    return await navigator.serviceWorker.ready;
  } catch (e) {
    console.warn('service worker not registered', e);
    return null;
  }
}

/**
 * Stores these addresses in the offline cache now: the first view of a page is loaded before its service
 * worker controls it, so the worker alone would not have kept it.
 */
export async function keepForOffline(urls) {
  if (!('caches' in window) || !navigator.onLine) return;
  try {
    const cache = await caches.open(CACHE);
    await Promise.all(urls.map(async (url) => {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (response.ok) await cache.put(url, response);
    }));
  } catch (e) {
    console.warn('not kept for offline use', e);
  }
}
