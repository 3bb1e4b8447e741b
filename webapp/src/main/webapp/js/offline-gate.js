// The scanner page's offline gate: core-lib's org.festgate.core.admission (Admission, TicketTypeRules,
// DailyWindow, the entry policies, OfflineGate's verify-then-decide and AdmissionTexts' wording) in the browser,
// fed by the server's offline package. It decides what the server would: the same checks in the same order, the
// same RefusalReason codes, the same messages (their templates are the scanner.admitted.* and scanner.refusal.*
// keys of the i18n bundles, and ScannerPagesIT holds them to core-lib's texts word for word).
//
// Instants are epoch milliseconds; a scan record is {nonce, ticketId, entranceKey, direction, at, outcome}, the
// shape of the server's scan answers. Nothing here reads the clock or the network.
import { TicketVerifier } from './ticket-token.js';

const DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';
/** core-lib's TokenProblem to RefusalReason: a forger is not told which check failed. */
const REASON_OF_PROBLEM = {
  MALFORMED: 'NOT_A_FESTGATE_TICKET', UNKNOWN_KEY: 'NOT_A_FESTGATE_TICKET', BAD_SIGNATURE: 'NOT_A_FESTGATE_TICKET',
  REVOKED: 'REVOKED', NOT_YET_VALID: 'NOT_YET_VALID', EXPIRED: 'EXPIRED',
};

// ---- local time in a zone ----
const formats = new Map();
/** The local date (yyyy-mm-dd), time of day (ms) and fields of an instant in a zone. */
function local(at, zone) {
  if (!formats.has(zone)) {
    formats.set(zone, new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric',
      month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' }));
  }
  const f = Object.fromEntries(formats.get(zone).formatToParts(new Date(at)).map((p) => [p.type, Number(p.value)]));
  const pad = (n, width = 2) => String(n).padStart(width, '0');
  return {
    date: `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`,
    timeOfDay: ((f.hour * 60 + f.minute) * 60 + f.second) * 1000 + (((at % 1000) + 1000) % 1000),
    fields: { yyyy: pad(f.year, 4), M: f.month, MM: pad(f.month), d: f.day, dd: pad(f.day), HH: pad(f.hour), mm: pad(f.minute) },
  };
}

/** A time of day "HH:mm" or "HH:mm:ss" as milliseconds since midnight. */
function timeOfDay(text) {
  const [h, m, s = 0] = text.split(':').map(Number);
  return ((h * 60 + m) * 60 + s) * 1000;
}

const hhmm = (ms) => {
  const minutes = Math.floor(ms / 60000);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

// ---- the rules of a ticket type: core-lib's TicketTypeRules and DailyWindow ----
/** The rules of the package {ticketTypeId, entrances, dailyWindows: ["18:00-02:00"], zone}, ready to check. */
function rulesOf(view) {
  return {
    entrances: view.entrances || [],
    windows: (view.dailyWindows || []).map((w) => w.split('-').map(timeOfDay)),
    zone: view.zone || DEFAULT_ZONE,
  };
}

/** A window [from, until) may cross midnight (18:00-02:00). */
const inWindow = ([from, until], time) => (from < until ? time >= from && time < until : time >= from || time < until);

const allowsEntrance = (rules, key) => rules.entrances.length === 0 || rules.entrances.includes(key);
const allowsEntryAt = (rules, at) => rules.windows.length === 0
  || rules.windows.some((window) => inWindow(window, local(at, rules.zone).timeOfDay));

/** The start of the next window: the first start later that day, otherwise the earliest (the next day's). */
function nextWindowStart(rules, at) {
  const time = local(at, rules.zone).timeOfDay;
  const starts = rules.windows.map(([from]) => from).sort((a, b) => a - b);
  return starts.find((start) => time < start) ?? starts[0];
}

// ---- a ticket's history: core-lib's TicketHistory ----
/** The admitted scans of one ticket in time order; refused scans and other tickets drop out. */
function historyOf(ticketId, scans) {
  return scans.filter((scan) => scan.ticketId === ticketId && scan.outcome === 'ADMIT')
    .map((scan) => ({ ...scan, at: Date.parse(scan.at) }))
    .sort((a, b) => a.at - b.at);
}

function lastEntryIfInside(history) {
  const last = history[history.length - 1];
  return last && last.direction === 'IN' ? last : null;
}

/** The earlier admitted entry that forbids this one under the ticket's entry policy, or null. */
function blockingEntry(policy, rules, at, history) {
  const entries = history.filter((scan) => scan.direction === 'IN');
  switch (policy) {
    case 'SINGLE_ENTRY': return entries[0] || null;
    case 'ONCE_PER_DAY': {
      const day = local(at, rules.zone).date;
      return entries.find((scan) => local(scan.at, rules.zone).date === day) || null;
    }
    case 'REENTRY_AFTER_EXIT': return lastEntryIfInside(history);
    default: return null;
  }
}

/** The claims of a genuinely signed ticket, also when it is revoked or outside its validity. */
function trustedClaims(verification) {
  return verification.valid || REASON_OF_PROBLEM[verification.problem] !== 'NOT_A_FESTGATE_TICKET'
    ? verification.claims : null;
}

/**
 * A decision {reason (null when admitted), direction, at, zone, claims, earlierScan, windowStart, entrances:
 * [{vi, en, zh}]}, as core-lib's AdmissionDecision holds it.
 */
function decision(reason, direction, at, zone, claims, details = {}) {
  return { reason, direction, at, zone, claims, earlierScan: null, windowStart: null, entrances: [], ...details };
}

/** The admission rules of one event: core-lib's Admission, deciding in its order. */
export class Admission {
  /** From the package's eventId, ticketTypes and entrances [{key, name}]. */
  constructor(eventId, ticketTypes, entrances) {
    this.eventId = eventId;
    this.rules = new Map(ticketTypes.map((view) => [view.ticketTypeId, rulesOf(view)]));
    this.names = new Map(entrances.map((entrance) => [entrance.key, entrance.name]));
  }

  nameOf(key) {
    return this.names.get(key) || { vi: key, en: key, zh: key };
  }

  /**
   * Decides a scan from its verification, entrance, direction (IN or OUT), instant and the ticket's earlier scans.
   * An exit checks the signature, the event and the ticket type only, and is admitted only when the holder is
   * inside.
   */
  decide(verification, entranceKey, direction, at, earlierScans) {
    const claims = trustedClaims(verification);
    if (!verification.valid && (direction === 'IN' || !claims)) {
      return decision(REASON_OF_PROBLEM[verification.problem], direction, at, DEFAULT_ZONE, claims);
    }
    if (claims.eventId !== this.eventId) return decision('OTHER_EVENT', direction, at, DEFAULT_ZONE, claims);
    const rules = this.rules.get(claims.ticketTypeId);
    if (!rules) return decision('UNKNOWN_TICKET_TYPE', direction, at, DEFAULT_ZONE, claims);
    const history = historyOf(claims.ticketId, earlierScans);
    if (direction === 'OUT') {
      return decision(lastEntryIfInside(history) ? null : 'NOT_INSIDE', direction, at, rules.zone, claims);
    }
    if (!allowsEntrance(rules, entranceKey)) {
      return decision('WRONG_ENTRANCE', direction, at, rules.zone, claims,
        { entrances: [...rules.entrances].sort().map((key) => this.nameOf(key)) });
    }
    if (!allowsEntryAt(rules, at)) {
      return decision('OUTSIDE_DAILY_WINDOW', direction, at, rules.zone, claims,
        { windowStart: nextWindowStart(rules, at) });
    }
    const blocking = blockingEntry(claims.policy, rules, at, history);
    if (!blocking) return decision(null, direction, at, rules.zone, claims);
    return decision(claims.policy === 'ONCE_PER_DAY' ? 'ALREADY_USED_TODAY' : 'ALREADY_USED', direction, at,
      rules.zone, claims, { earlierScan: blocking, entrances: [this.nameOf(blocking.entranceKey)] });
  }
}

/** The gate of an offline package: its keys and revocations, and its event's rules. */
export class OfflineGate {
  constructor(verifier, admission) {
    this.verifier = verifier;
    this.admission = admission;
  }

  /** The gate of a package {eventId, keys, revocations, ticketTypes, entrances}. */
  static async of(offlinePackage) {
    const { eventId, keys, revocations, ticketTypes, entrances } = offlinePackage;
    return new OfflineGate(await TicketVerifier.of(keys, revocations), new Admission(eventId, ticketTypes, entrances));
  }

  /**
   * Verifies a token and decides its scan from the ticket's earlier scans, which scansOf(ticketId) gives (a
   * promise); the caller records the scan, and decides one scan at a time.
   */
  async decide(token, entranceKey, direction, at, scansOf) {
    const verification = await this.verifier.verify(token, at);
    const claims = trustedClaims(verification);
    const earlier = claims ? await scansOf(claims.ticketId) : [];
    return this.admission.decide(verification, entranceKey, direction, at, earlier);
  }
}

// ---- the words: core-lib's AdmissionTexts ----
/** A name {vi, en, zh} in a language; any language other than English or Chinese gives Vietnamese. */
const nameIn = (name, language) => name[language === 'en' || language === 'zh' ? language : 'vi'];

/** An instant as a time of day if it falls on the decision's local day, otherwise with its date. */
function instantText(decision, instant, language, text) {
  const moment = local(instant, decision.zone);
  if (moment.date === local(decision.at, decision.zone).date) return `${moment.fields.HH}:${moment.fields.mm}`;
  const MMM = new Intl.DateTimeFormat(language, { month: 'short', timeZone: decision.zone }).format(new Date(instant));
  return text('scanner.dayAndTime', { ...moment.fields, time: `${moment.fields.HH}:${moment.fields.mm}`, MMM });
}

function timeText(decision, language, text) {
  switch (decision.reason) {
    case 'OUTSIDE_DAILY_WINDOW': return hhmm(decision.windowStart);
    case 'NOT_YET_VALID': return instantText(decision, decision.claims.validFrom, language, text);
    case 'EXPIRED': return instantText(decision, decision.claims.validUntil, language, text);
    case 'ALREADY_USED':
    case 'ALREADY_USED_TODAY': return instantText(decision, decision.earlierScan.at, language, text);
    default: return '';
  }
}

/**
 * The gate keeper's message of a decision in a language, worded by the templates of that language's bundle:
 * text(key, vars) fills {time}, {entrance} and {entrances} as i18n.js's t() does.
 */
export function describe(decision, language, text) {
  if (!decision.reason) return text(`scanner.admitted.${decision.direction}`);
  const names = decision.entrances.map((name) => nameIn(name, language));
  return text(`scanner.refusal.${decision.reason}`, {
    time: timeText(decision, language, text),
    entrance: names[0] || '',
    entrances: names.join(text('scanner.listSeparator')),
  });
}

/** The outcome of a decision as the server names it: ADMIT or REFUSE. */
export const outcomeOf = (decided) => (decided.reason ? 'REFUSE' : 'ADMIT');
