// The scanner's offline queue: scans that could not reach the server, in IndexedDB so that they survive a
// reload or a flat battery. Each keeps its nonce and original time; the server counts a nonce once.
const DB = 'festgate-scanner';
const STORE = 'queued-scans';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'nonce' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run(mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const result = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Queues a scan {nonce, token, entranceKey, direction, at}. */
export function enqueue(scan) { return run('readwrite', (store) => store.put(scan)); }

/** Every queued scan, oldest first. */
export async function queued() {
  const all = await run('readonly', (store) => store.getAll());
  return (all || []).sort((a, b) => a.at.localeCompare(b.at));
}

export async function count() { return (await run('readonly', (store) => store.count())) || 0; }

/** Removes the scans the server acknowledged. */
export function remove(nonces) { return run('readwrite', (store) => nonces.forEach((n) => store.delete(n))); }
