// scanner/index.html: a phone at a festival gate. The device is registered once for an event and an entrance
// (needs a SCANNER sign-in); afterwards it scans with its own device token, with or without a network.
// Camera reads come from the native BarcodeDetector where the browser has one, otherwise from ZXing's
// browser bundle (global ZXingBrowser). A scan that cannot reach the server is decided on the phone by the
// offline gate (js/offline-gate.js, core-lib's rules) from the offline package, which the page keeps in IndexedDB
// and refreshes whenever it is online; the scan is queued with its offline outcome and uploaded in one batch
// when the network returns (the server counts each nonce once and flags the decisions it does not share).
// Without a package, or in a browser that cannot check Ed25519 signatures, an offline scan is only queued.
import { initI18n, onLanguageChange, t, pick, lang } from './i18n.js';
import { api, currentSession, ApiError } from './api.js';
import { registerServiceWorker } from './offline.js';
import * as queue from './scan-queue.js';
import { OfflineGate, describe, outcomeOf } from './offline-gate.js';
import { canVerifyOffline } from './ticket-token.js';

const $ = (id) => document.getElementById(id);
const DEVICE_KEY = 'festgate.scanner.device';
const DEVICE_HEADER = 'X-Device-Token';
const DEBOUNCE_MS = 3000;
const RESULT_MS = 3000;
const RETRY_MS = 10000;
const TIMEOUT_MS = 8000;
const BATCH_LIMIT = 500; // the most the batch endpoint takes at once; the rest goes on the next round
const PACKAGE_SCANS = 5000; // the most scans one package holds; a full one is followed by the next
const PACKAGE_MS = 3 * 60 * 1000; // how often an online page refreshes its offline package

let device = null; // {token, eventId, eventName, entrances:[{key,name}], entranceKey}
let events = [];
const lastSeen = new Map(); // token -> last time the camera saw it
let offlineCapable = false; // whether this browser checks Ed25519 signatures
let offlinePackage = null; // the stored package of the device's event, without its scans
let gate = null; // the offline gate of that package
let gateTurn = Promise.resolve(); // offline decisions, one at a time: each sees the one before in the log
const conflicts = []; // uploaded offline scans the server decided otherwise

// ---- the registered device, kept on the phone ----
function loadDevice() {
  try { return JSON.parse(localStorage.getItem(DEVICE_KEY)); } catch (e) { return null; }
}
function saveDevice(value) {
  device = value;
  if (value) localStorage.setItem(DEVICE_KEY, JSON.stringify(value)); else localStorage.removeItem(DEVICE_KEY);
}

// ---- calls with the device token (a GET without a body); a network failure or a timeout is status 0 ----
async function deviceCall(path, body) {
  let response;
  try {
    response = await fetch(path, {
      // the device token is the only credential: no session cookie (whose writes would need a CSRF token)
      method: body === undefined ? 'GET' : 'POST', credentials: 'omit', cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json',
        [DEVICE_HEADER]: device.token },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiError(0, { title: 'network', detail: e.message });
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

// ---- sound and vibration ----
let audio = null;
function beep(kind) {
  try {
    audio = audio || new (window.AudioContext || window.webkitAudioContext)();
    if (audio.state === 'suspended') audio.resume();
    const tones = { ADMIT: [[1320, 0, 0.18]], REFUSE: [[220, 0, 0.25], [180, 0.3, 0.35]], QUEUED: [[660, 0, 0.15]] }[kind];
    tones.forEach(([frequency, start, length]) => {
      const at = audio.currentTime + start;
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.type = kind === 'REFUSE' ? 'square' : 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.25, at);
      gain.gain.exponentialRampToValueAtTime(0.001, at + length);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(at);
      oscillator.stop(at + length);
    });
  } catch (e) { /* no sound on this device */ }
  if (kind === 'REFUSE' && navigator.vibrate) navigator.vibrate([200, 100, 200]);
}

// ---- the answer: {outcome: ADMIT|REFUSE|QUEUED, reason, nonce} with the server's message {vi,en,zh} or the
// offline gate's decision, worded in the language of the moment ----
let resultTimer = null;
let lastAnswer = null;
function messageOf(answer) {
  if (answer.outcome === 'QUEUED') return t('scanner.queuedText');
  return answer.decision ? describe(answer.decision, lang(), t) : pick(answer.message);
}
function renderAnswer() {
  if (!lastAnswer) return;
  $('result-verdict').textContent = t(`scanner.outcome.${lastAnswer.outcome}`);
  $('result-message').textContent = messageOf(lastAnswer);
  $('result-offline').hidden = !lastAnswer.decision;
}
function showAnswer(answer, token) {
  lastAnswer = answer;
  const result = $('result');
  result.dataset.outcome = answer.outcome;
  result.dataset.reason = answer.reason || '';
  result.dataset.nonce = answer.nonce || '';
  result.dataset.offline = String(Boolean(answer.decision));
  renderAnswer();
  result.hidden = false;
  beep(answer.outcome);
  addRecent(answer, token);
  clearTimeout(resultTimer);
  resultTimer = setTimeout(hideAnswer, RESULT_MS);
}
function hideAnswer() {
  clearTimeout(resultTimer);
  $('result').hidden = true;
}

function clockTime(instant, withSeconds) {
  return new Date(instant).toLocaleTimeString(lang(), { hour: '2-digit', minute: '2-digit', ...(withSeconds && { second: '2-digit' }) });
}

function addRecent(answer, token) {
  const item = document.createElement('li');
  item.dataset.outcome = answer.outcome;
  const offline = answer.decision ? ` (${t('scanner.decidedOffline')})` : '';
  item.textContent = `${clockTime(Date.now(), true)} · ${t(`scanner.outcome.${answer.outcome}`)}${offline} · ${messageOf(answer)}`;
  item.title = token.slice(0, 12);
  const list = $('recent');
  list.prepend(item);
  while (list.children.length > 8) list.lastElementChild.remove();
}

// ---- online state and the queue ----
async function showQueue() {
  let n = 0;
  try { n = await queue.count(); } catch (e) { /* IndexedDB unavailable */ }
  $('queue-count').textContent = String(n);
  $('queue-status').dataset.count = String(n);
}
function showNetwork() {
  const state = $('net-state');
  state.dataset.online = String(navigator.onLine);
  state.dataset.i18n = navigator.onLine ? 'scanner.online' : 'scanner.offline';
  state.textContent = t(state.dataset.i18n);
}

function deviceRejected(e) {
  if (e.status === 401 || e.status === 403) setStatus(t('scanner.deviceRejected'), 'bad');
}

let syncing = false;
/**
 * Uploads the queue in batches; each answered nonce leaves it, the server's answers replace the phone's decisions
 * in the log, and those the server decided otherwise are shown. Then the package is refreshed. Runs on 'online',
 * after a scan and every 10 s.
 */
async function sync() {
  if (syncing || !device || !navigator.onLine) return;
  syncing = true;
  let uploaded = 0;
  try {
    for (;;) {
      const scans = (await queue.queued()).slice(0, BATCH_LIMIT);
      if (scans.length === 0) break;
      const reply = await deviceCall('/api/scanner/scans/batch', scans.map(({ nonce, token, entranceKey, direction, at, offlineOutcome }) =>
        ({ nonce, token, entranceKey, direction, at, offlineOutcome })));
      const answers = (Array.isArray(reply) ? reply : []).filter((answer) => answer.nonce);
      if (answers.length === 0) break;
      await queue.record(answers);
      await queue.remove(answers.map((answer) => answer.nonce));
      uploaded += answers.length;
      conflicts.unshift(...answers.filter((answer) => answer.conflict));
      renderConflicts();
      await showQueue();
    }
  } catch (e) {
    deviceRejected(e);
  } finally {
    syncing = false;
    await showQueue();
  }
  if (uploaded > 0) await refreshPackage();
}

function renderConflicts() {
  $('conflicts').hidden = conflicts.length === 0;
  $('conflict-list').replaceChildren(...conflicts.map((answer) => {
    const item = document.createElement('li');
    item.dataset.nonce = answer.nonce;
    item.dataset.reason = answer.reason || '';
    item.textContent = t('scanner.conflict', { time: clockTime(answer.at), ticket: answer.ticketId ?? '—',
      offline: t(`scanner.outcome.${answer.offlineOutcome}`), server: t(`scanner.outcome.${answer.outcome}`),
      message: pick(answer.message) });
    return item;
  }));
}

// ---- the offline package ----
/** The stored package of the device's event as an offline gate; none without a package or Ed25519. */
async function loadGate() {
  const stored = await queue.loadPackage().catch(() => null);
  offlinePackage = stored && device && stored.eventId === device.eventId ? stored : null;
  gate = offlinePackage && offlineCapable ? await OfflineGate.of(offlinePackage) : null;
  showPackage();
}

function showPackage() {
  const state = $('offline-data');
  state.dataset.state = !offlineCapable ? 'unsupported' : offlinePackage ? 'ready' : 'none';
  state.dataset.version = offlinePackage ? String(offlinePackage.version) : '';
  state.dataset.fetchedAt = offlinePackage?.fetchedAt || '';
  if (!offlineCapable) {
    state.textContent = t('scanner.cannotVerify');
  } else if (offlinePackage) {
    const fetched = new Date(offlinePackage.fetchedAt);
    const sameDay = fetched.toDateString() === new Date().toDateString();
    state.textContent = t('scanner.packageFrom', { time: sameDay ? clockTime(fetched)
      : fetched.toLocaleString(lang(), { dateStyle: 'short', timeStyle: 'short' }) });
  } else {
    state.textContent = t('scanner.packageNone');
  }
}

let refreshing = false;
/** Downloads what changed since the stored package (all of it the first time) and keeps it. */
async function refreshPackage() {
  if (refreshing || !device || !navigator.onLine) return;
  refreshing = true;
  try {
    let since = offlinePackage ? offlinePackage.version : 0;
    for (;;) {
      const reply = await deviceCall(`/api/scanner/package?since=${since}`);
      await queue.savePackage(reply, new Date().toISOString());
      since = reply.version;
      if (reply.scans.length < PACKAGE_SCANS) break;
    }
    await loadGate();
  } catch (e) {
    deviceRejected(e);
  } finally {
    refreshing = false;
  }
}

// ---- one scan ----
function direction() { return $('dir-out').checked ? 'OUT' : 'IN'; }

async function submit(raw) {
  const token = raw.trim();
  if (!token || !device) return;
  const scan = { nonce: crypto.randomUUID(), token, entranceKey: device.entranceKey, direction: direction(),
    at: new Date().toISOString() };
  if (navigator.onLine) {
    try {
      const answer = await deviceCall('/api/scanner/scans', scan);
      showAnswer(answer, token);
      await queue.record([answer]);
      sync();
      return;
    } catch (e) {
      if (e.status !== 0 && e.status < 500) {
        showAnswer({ outcome: 'REFUSE', reason: `HTTP_${e.status}`, message: { vi: e.message, en: e.message, zh: e.message } }, token);
        return;
      }
    }
  }
  await decideOffline(scan);
}

/**
 * Decides a scan on the phone, as the server would, and queues it with its offline outcome; one at a time, so that
 * each decision sees the scans before it. Without a gate the scan is only queued.
 */
function decideOffline(scan) {
  gateTurn = gateTurn.then(async () => {
    if (!gate) {
      await queue.enqueue(scan);
      showAnswer({ outcome: 'QUEUED', nonce: scan.nonce }, scan.token);
    } else {
      const decision = await gate.decide(scan.token, scan.entranceKey, scan.direction, Date.parse(scan.at), queue.scansOf);
      const outcome = outcomeOf(decision);
      await queue.enqueue({ ...scan, offlineOutcome: outcome },
        decision.claims && { ...scan, ticketId: decision.claims.ticketId, outcome, reason: decision.reason });
      showAnswer({ outcome, reason: decision.reason, nonce: scan.nonce, decision }, scan.token);
    }
    await showQueue();
  }).catch((e) => console.warn('offline scan', e));
  return gateTurn;
}

/** A camera read: the same code in view is read many times a second; it counts once per 3 seconds away. */
function cameraRead(text) {
  const now = Date.now();
  const seen = lastSeen.get(text);
  lastSeen.set(text, now);
  if (seen && now - seen < DEBOUNCE_MS) return;
  submit(text);
}

// ---- camera ----
let stopCamera = () => {};

/**
 * A function from the video to the codes it shows now: the native BarcodeDetector where the browser has one
 * (Chrome on Android), else ZXing reading a still of the video drawn on a canvas.
 */
async function qrDetector(video) {
  if ('BarcodeDetector' in window && (await window.BarcodeDetector.getSupportedFormats()).includes('qr_code')) {
    const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
    return { name: 'native', detect: async () => (await detector.detect(video)).map((code) => code.rawValue) };
  }
  if (!window.ZXingBrowser) throw new Error(t('scanner.noReader'));
  // TRY_HARDER (DecodeHintType 3; the UMD bundle does not export the enum): some codes are missed without it
  const reader = new window.ZXingBrowser.BrowserQRCodeReader(new Map([[3, true]]));
  const canvas = document.createElement('canvas');
  return {
    name: 'zxing',
    detect: async () => {
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      canvas.getContext('2d').drawImage(video, 0, 0);
      try { return [reader.decodeFromCanvas(canvas).getText()]; } catch (e) { return []; } // no code in this still
    },
  };
}

async function startCamera() {
  stopCamera();
  const video = $('camera');
  const state = $('camera-state');
  // the tap that starts the camera also unlocks sound on phones
  try { audio = audio || new (window.AudioContext || window.webkitAudioContext)(); } catch (e) { /* no sound */ }
  try {
    const detector = await qrDetector(video);
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    video.srcObject = stream;
    await video.play();
    // the gate keeper aims by the preview; and Chromium pauses a muted video that is out of view, which would
    // leave the reader without frames
    video.scrollIntoView({ block: 'center' });
    let running = true;
    // one loop for both readers: a still every 150 ms once the video has frames
    const loop = async () => {
      if (!running) return;
      if (video.readyState >= video.HAVE_CURRENT_DATA && video.videoWidth > 0) {
        try {
          (await detector.detect()).slice(0, 1).forEach(cameraRead);
        } catch (e) { /* a frame that is not ready */ }
      }
      setTimeout(loop, 150);
    };
    loop();
    stopCamera = () => { running = false; stream.getTracks().forEach((track) => track.stop()); video.srcObject = null; };
    state.dataset.reader = detector.name;
    state.dataset.i18n = 'scanner.cameraOn';
    state.dataset.running = 'true';
    $('camera-start').hidden = true;
    $('camera-stop').hidden = false;
  } catch (e) {
    stopCamera = () => {};
    state.dataset.running = 'false';
    state.dataset.i18n = 'scanner.cameraFailed';
    console.warn('camera', e);
  }
  state.textContent = t(state.dataset.i18n);
}
function cameraOff() {
  stopCamera();
  stopCamera = () => {};
  const state = $('camera-state');
  state.dataset.running = 'false';
  state.dataset.i18n = 'scanner.cameraOff';
  state.textContent = t(state.dataset.i18n);
  $('camera-start').hidden = false;
  $('camera-stop').hidden = true;
}

// ---- setup ----
function setStatus(text, kind) {
  const status = $('page-status');
  status.className = text ? `status ${kind}` : '';
  status.textContent = text || '';
}

function fillEntrances() {
  const event = events.find((e) => String(e.id) === $('event').value);
  const select = $('entrance');
  select.replaceChildren(...(event?.entrances || []).map((entrance) => {
    const option = document.createElement('option');
    option.value = entrance.key;
    option.textContent = pick(entrance.name) || entrance.key;
    return option;
  }));
}

/**
 * The events to choose from: the one of a setup link (/scanner/?event=<id>, which organizers hand to gate
 * keepers) and, where the API lists them, every ticketed event.
 */
async function loadEvents() {
  const found = [];
  const linked = new URLSearchParams(location.search).get('event');
  if (linked) {
    try { found.push(await api(`/api/events/${encodeURIComponent(linked)}`)); } catch (e) {
      setStatus(t('error.generic', { detail: e.message }), 'bad');
    }
  }
  try {
    const listed = await api('/api/events');
    (Array.isArray(listed) ? listed : []).forEach((e) => { if (!found.some((f) => f.id === e.id)) found.push(e); });
  } catch (e) { /* no list in this API: the setup link names the event */ }
  // the entrances of an event are its venue's
  return found.map((e) => ({ ...e, entrances: e.entrances || e.venue?.entrances || [] }));
}

function eventLabel(event) {
  return [pick(event.name), event.startDate].filter(Boolean).join(' · ');
}

function fillEvents() {
  const select = $('event');
  const chosen = select.value;
  select.replaceChildren(...events.map((event) => {
    const option = document.createElement('option');
    option.value = String(event.id);
    option.textContent = eventLabel(event);
    return option;
  }));
  if (chosen) select.value = chosen;
  const entrance = $('entrance').value;
  fillEntrances();
  if (entrance) $('entrance').value = entrance;
}

async function showSetup() {
  cameraOff();
  $('scan').hidden = true;
  $('setup').hidden = false;
  const session = await currentSession().catch(() => null);
  if (!session) {
    location.assign(`/login.html?next=${encodeURIComponent(location.pathname + location.search)}`);
    return;
  }
  if (!(session.roles || []).some((role) => role === 'SCANNER' || role === 'ADMIN')) {
    setStatus(t('scanner.forbidden'), 'bad');
    return;
  }
  events = await loadEvents();
  fillEvents();
  if (events.length === 0) setStatus(t('scanner.noEvents'), 'bad');
  $('setup-form').dataset.ready = 'true';
}

async function register(event) {
  event.preventDefault();
  const error = $('setup-error');
  error.hidden = true;
  const chosen = events.find((e) => String(e.id) === $('event').value);
  const entranceKey = $('entrance').value;
  if (!chosen || !entranceKey) {
    error.textContent = t('scanner.chooseBoth');
    error.hidden = false;
    return;
  }
  $('setup-submit').disabled = true;
  try {
    const reply = await api('/api/scanner/devices', { method: 'POST', body: { eventId: chosen.id, entrances: [entranceKey] } });
    await queue.forgetPackage();
    saveDevice({ token: reply.token, eventId: chosen.id, eventName: chosen.name, eventDate: chosen.startDate || '',
      entrances: chosen.entrances, entranceKey });
    showScanner();
  } catch (e) {
    error.textContent = t('error.generic', { detail: e.message });
    error.hidden = false;
  } finally {
    $('setup-submit').disabled = false;
  }
}

function renderDevice() {
  if (!device) return;
  $('device-event').textContent = [pick(device.eventName), device.eventDate].filter(Boolean).join(' · ');
  const entrance = (device.entrances || []).find((e) => e.key === device.entranceKey);
  $('device-entrance').textContent = entrance ? pick(entrance.name) : device.entranceKey;
  $('device-entrance').dataset.entrance = device.entranceKey;
}

function showScanner() {
  setStatus('');
  $('setup').hidden = true;
  $('scan').hidden = false;
  renderDevice();
  showQueue();
  loadGate().catch((e) => console.warn('offline package', e)).then(refreshPackage).then(sync);
}

async function start() {
  await initI18n();
  registerServiceWorker();
  offlineCapable = await canVerifyOffline();
  onLanguageChange(() => {
    renderAnswer(); renderDevice(); showNetwork(); showPackage(); renderConflicts(); if (events.length) fillEvents();
  });
  showNetwork();
  await showQueue();
  window.addEventListener('online', () => { showNetwork(); sync(); refreshPackage(); });
  window.addEventListener('offline', showNetwork);
  setInterval(() => { showNetwork(); sync(); }, RETRY_MS);
  setInterval(refreshPackage, PACKAGE_MS);

  $('event').addEventListener('change', fillEntrances);
  $('setup-form').addEventListener('submit', register);
  $('camera-start').addEventListener('click', startCamera);
  $('camera-stop').addEventListener('click', cameraOff);
  $('result-close').addEventListener('click', hideAnswer);
  $('conflicts-clear').addEventListener('click', () => { conflicts.length = 0; renderConflicts(); });
  $('result').addEventListener('click', (e) => { if (e.target === $('result')) hideAnswer(); });
  $('change-setup').addEventListener('click', () => { saveDevice(null); showSetup(); });
  $('manual-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const input = $('manual-code');
    const code = input.value;
    input.value = '';
    await submit(code);
    input.focus();
  });

  device = loadDevice();
  if (device?.token) showScanner(); else await showSetup();
  document.body.dataset.ready = 'true';
}

start();
