// scanner/index.html: a phone at a festival gate. The device is registered once for an event and an entrance
// (needs a SCANNER sign-in); afterwards it scans with its own device token, with or without a network.
// Camera reads come from the native BarcodeDetector where the browser has one, otherwise from ZXing's
// browser bundle (global ZXingBrowser). Scans that cannot reach the server are queued in IndexedDB and
// uploaded in one batch when the network returns; the server counts each nonce once.
import { initI18n, onLanguageChange, t, pick } from './i18n.js';
import { api, currentSession, ApiError } from './api.js';
import { registerServiceWorker } from './offline.js';
import * as queue from './scan-queue.js';

const $ = (id) => document.getElementById(id);
const DEVICE_KEY = 'festgate.scanner.device';
const DEVICE_HEADER = 'X-Device-Token';
const DEBOUNCE_MS = 3000;
const RESULT_MS = 3000;
const RETRY_MS = 10000;
const TIMEOUT_MS = 8000;
const BATCH_LIMIT = 500; // the most the batch endpoint takes at once; the rest goes on the next round

let device = null; // {token, eventId, eventName, entrances:[{key,name}], entranceKey}
let events = [];
const lastSeen = new Map(); // token -> last time the camera saw it

// ---- the registered device, kept on the phone ----
function loadDevice() {
  try { return JSON.parse(localStorage.getItem(DEVICE_KEY)); } catch (e) { return null; }
}
function saveDevice(value) {
  device = value;
  if (value) localStorage.setItem(DEVICE_KEY, JSON.stringify(value)); else localStorage.removeItem(DEVICE_KEY);
}

// ---- calls with the device token; a network failure or a timeout is status 0 ----
async function deviceCall(path, body) {
  let response;
  try {
    response = await fetch(path, {
      // the device token is the only credential: no session cookie (whose writes would need a CSRF token)
      method: 'POST', credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json',
        [DEVICE_HEADER]: device.token },
      body: JSON.stringify(body),
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

// ---- the answer ----
let resultTimer = null;
let lastAnswer = null;
function renderAnswer() {
  if (!lastAnswer) return;
  const { outcome, message } = lastAnswer;
  $('result-verdict').textContent = t(`scanner.outcome.${outcome}`);
  $('result-message').textContent = outcome === 'QUEUED' ? t('scanner.queuedText') : pick(message);
}
function showAnswer(outcome, message, token, reason) {
  lastAnswer = { outcome, message };
  const result = $('result');
  result.dataset.outcome = outcome;
  result.dataset.reason = reason || '';
  renderAnswer();
  result.hidden = false;
  beep(outcome);
  addRecent(outcome, message, token);
  clearTimeout(resultTimer);
  resultTimer = setTimeout(hideAnswer, RESULT_MS);
}
function hideAnswer() {
  clearTimeout(resultTimer);
  $('result').hidden = true;
}

function addRecent(outcome, message, token) {
  const item = document.createElement('li');
  item.dataset.outcome = outcome;
  const time = new Date().toLocaleTimeString(document.documentElement.lang, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  item.textContent = `${time} · ${t(`scanner.outcome.${outcome}`)} · ${outcome === 'QUEUED' ? t('scanner.queuedText') : pick(message)}`;
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

let syncing = false;
/** Uploads the queue in batches; each answered nonce leaves it. Runs on 'online', after a scan and every 10 s. */
async function sync() {
  if (syncing || !device || !navigator.onLine) return;
  syncing = true;
  try {
    for (;;) {
      const scans = (await queue.queued()).slice(0, BATCH_LIMIT);
      if (scans.length === 0) break;
      const reply = await deviceCall('/api/scanner/scans/batch', scans);
      const answered = (Array.isArray(reply) ? reply : []).map((answer) => answer.nonce).filter(Boolean);
      if (answered.length === 0) break;
      await queue.remove(answered);
      await showQueue();
    }
  } catch (e) {
    if (e.status === 401 || e.status === 403) setStatus(t('scanner.deviceRejected'), 'bad');
  } finally {
    syncing = false;
    await showQueue();
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
      showAnswer(answer.outcome, answer.message, token, answer.reason);
      sync();
      return;
    } catch (e) {
      if (e.status !== 0 && e.status < 500) {
        showAnswer('REFUSE', { vi: e.message, en: e.message, zh: e.message }, token, `HTTP_${e.status}`);
        return;
      }
    }
  }
  await queue.enqueue(scan);
  showAnswer('QUEUED', null, token);
  await showQueue();
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
  sync();
}

async function start() {
  await initI18n();
  registerServiceWorker();
  onLanguageChange(() => { renderAnswer(); renderDevice(); showNetwork(); if (events.length) fillEvents(); });
  showNetwork();
  await showQueue();
  window.addEventListener('online', () => { showNetwork(); sync(); });
  window.addEventListener('offline', showNetwork);
  setInterval(() => { showNetwork(); sync(); }, RETRY_MS);

  $('event').addEventListener('change', fillEntrances);
  $('setup-form').addEventListener('submit', register);
  $('camera-start').addEventListener('click', startCamera);
  $('camera-stop').addEventListener('click', cameraOff);
  $('result-close').addEventListener('click', hideAnswer);
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
