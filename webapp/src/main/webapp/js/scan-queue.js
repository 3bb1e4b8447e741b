// The scanner's offline data in IndexedDB, kept through a reload or a flat battery:
// - the queue: scans to upload, each with its nonce, original time and offline outcome (the server counts a nonce
//   once);
// - the scan log the offline gate decides with: the package's scans and this phone's own, one per nonce (the
//   server's record of a scan replaces the phone's when the package brings it);
// - the offline package itself: keys, revocations, rules, entrances, its version and when it was fetched.
const DB = 'festgate-scanner';
const VERSION = 2;
const QUEUE = 'queued-scans';
const LOG = 'scan-log';
const PACKAGE = 'offline-package';
const PACKAGE_KEY = 'current';

function open() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(QUEUE)) db.createObjectStore(QUEUE, { keyPath: 'nonce' });
      if (!db.objectStoreNames.contains(LOG)) db.createObjectStore(LOG, { keyPath: 'nonce' }).createIndex('ticketId', 'ticketId');
      if (!db.objectStoreNames.contains(PACKAGE)) db.createObjectStore(PACKAGE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** Runs work(transaction) over the stores in one transaction; resolves with the result of the request it returns. */
async function run(stores, mode, work) {
  const db = await open();
  try {
    return await new Promise((resolve, reject) => {
      const tx = db.transaction(stores, mode);
      const result = work(tx);
      tx.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** A scan as the log keeps it: the fields of the server's scan answers that decisions read. */
export function logEntry({ nonce, ticketId, entranceKey, direction, at, outcome, reason }) {
  return { nonce, ticketId, entranceKey, direction, at, outcome, reason: reason || null };
}

/**
 * Queues a scan {nonce, token, entranceKey, direction, at, offlineOutcome?} and, for a scan of a genuine ticket,
 * logs what the gate decided, in one transaction: the next decision sees it.
 */
export function enqueue(scan, logged) {
  return run([QUEUE, LOG], 'readwrite', (tx) => {
    tx.objectStore(QUEUE).put(scan);
    if (logged) tx.objectStore(LOG).put(logEntry(logged));
  });
}

/** Every queued scan, oldest first. */
export async function queued() {
  const all = await run(QUEUE, 'readonly', (tx) => tx.objectStore(QUEUE).getAll());
  return (all || []).sort((a, b) => a.at.localeCompare(b.at));
}

export async function count() { return (await run(QUEUE, 'readonly', (tx) => tx.objectStore(QUEUE).count())) || 0; }

/** Removes the scans the server acknowledged from the queue; the log keeps them. */
export function remove(nonces) { return run(QUEUE, 'readwrite', (tx) => nonces.forEach((n) => tx.objectStore(QUEUE).delete(n))); }

/** Logs scans the server decided (its answers); those without a ticket are not logged. */
export function record(answers) {
  return run(LOG, 'readwrite', (tx) => answers.filter((a) => a.ticketId != null)
    .forEach((answer) => tx.objectStore(LOG).put(logEntry(answer))));
}

/** The logged scans of one ticket, in any order. */
export async function scansOf(ticketId) {
  return (await run(LOG, 'readonly', (tx) => tx.objectStore(LOG).index('ticketId').getAll(ticketId))) || [];
}

/**
 * Keeps a package from the server {eventId, version, keys, revocations, ticketTypes, entrances, scans}: its
 * scans join the log, the rest replaces the stored package, with the time it was fetched.
 */
export function savePackage({ scans, ...offlinePackage }, fetchedAt) {
  return run([LOG, PACKAGE], 'readwrite', (tx) => {
    scans.forEach((scan) => tx.objectStore(LOG).put(logEntry(scan)));
    tx.objectStore(PACKAGE).put({ ...offlinePackage, fetchedAt }, PACKAGE_KEY);
  });
}

/** The stored package, or undefined. */
export function loadPackage() { return run(PACKAGE, 'readonly', (tx) => tx.objectStore(PACKAGE).get(PACKAGE_KEY)); }

/** Forgets the package and the log, for another device; the queue stays to be uploaded. */
export function forgetPackage() {
  return run([LOG, PACKAGE], 'readwrite', (tx) => { tx.objectStore(LOG).clear(); tx.objectStore(PACKAGE).clear(); });
}
