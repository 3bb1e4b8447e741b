// Ticket tokens checked in the browser with nothing but public keys and a revocation list: the twin of core-lib's
// org.festgate.core.ticket.TicketCodec (the layout) and TicketVerifier (the checks, in the same order, with the
// same problems). Ed25519 signatures are checked by WebCrypto; canVerifyOffline() tells whether this browser can.
//
// A token is 86 bytes as 129 Base45 characters, big-endian:
//   0 version (1) | 1 key id | 2-7 ticket id | 8-11 event id | 12-13 ticket type id
//   14-17 valid from, minutes since 2024-01-01T00:00Z | 18-20 validity in minutes | 21 entry policy code
//   22-85 Ed25519 signature of "festgate-ticket-v1" followed by bytes 0-21
import { decodeBase45 } from './base45.js';

const VERSION = 1;
const DOMAIN = new TextEncoder().encode('festgate-ticket-v1');
const PAYLOAD_LENGTH = 22;
const TOKEN_LENGTH = 129;
const EPOCH_MS = Date.UTC(2024, 0, 1);
const MINUTE_MS = 60000;
const MAX_EVENT_ID = 2 ** 31 - 1;
const ED25519 = { name: 'Ed25519' };
/** core-lib's EntryPolicy by its code in the token. */
const POLICIES = { 1: 'SINGLE_ENTRY', 2: 'MULTIPLE_ENTRY', 3: 'ONCE_PER_DAY', 4: 'REENTRY_AFTER_EXIT' };

/** The bytes of a token's text if it has the shape of a token (length, Base45, version), else null. */
function tokenBytes(text) {
  if (text.length !== TOKEN_LENGTH) return null;
  const bytes = decodeBase45(text);
  return bytes && bytes[0] === VERSION ? bytes : null;
}

function unsigned(bytes, offset, size) {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + bytes[offset + i];
  return value;
}

/**
 * The signed claims {ticketId, eventId, ticketTypeId, validFrom, validUntil (epoch ms), policy, keyId}, or null
 * when a field is out of range (a zero id, an empty window, an unknown policy), which the issuer never signs.
 */
function claimsOf(bytes) {
  const claims = {
    ticketId: unsigned(bytes, 2, 6), eventId: unsigned(bytes, 8, 4), ticketTypeId: unsigned(bytes, 12, 2),
    validFrom: EPOCH_MS + unsigned(bytes, 14, 4) * MINUTE_MS, policy: POLICIES[bytes[21]], keyId: bytes[1],
  };
  const minutes = unsigned(bytes, 18, 3);
  claims.validUntil = claims.validFrom + minutes * MINUTE_MS;
  const inRange = claims.ticketId >= 1 && claims.eventId >= 1 && claims.eventId <= MAX_EVENT_ID && minutes >= 1;
  return inRange && claims.policy ? claims : null;
}

function fromBase64Url(text) {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4)), (c) => c.charCodeAt(0));
}

const hex = (text) => Uint8Array.from(text.match(/../g), (pair) => parseInt(pair, 16));

let capability = null;
/**
 * Whether this browser checks Ed25519 signatures (WebCrypto), tried on the first test vector of RFC 8032; a
 * browser without it cannot decide offline. Asked once.
 */
export function canVerifyOffline() {
  capability = capability || (async () => {
    try {
      const key = await crypto.subtle.importKey('raw',
        hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'), ED25519, false, ['verify']);
      return await crypto.subtle.verify(ED25519, key, hex('e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065'
        + '224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'), new Uint8Array(0));
    } catch (e) {
      return false;
    }
  })();
  return capability;
}

const refused = (problem, claims = null) => ({ valid: false, problem, claims });

/** Checks tokens with the public keys and the revocation list of an offline package. */
export class TicketVerifier {
  constructor(keysById, revoked) {
    this.keysById = keysById;
    this.revoked = revoked;
  }

  /** A verifier of the package's keys [{keyId, publicKey: URL-safe Base64}] and revoked ticket ids. */
  static async of(keys, revocations) {
    const keysById = new Map();
    await Promise.all(keys.map(async ({ keyId, publicKey }) => {
      keysById.set(keyId, await crypto.subtle.importKey('raw', fromBase64Url(publicKey), ED25519, false, ['verify']));
    }));
    return new TicketVerifier(keysById, new Set(revocations));
  }

  /**
   * Checks a token at an instant (epoch ms), in the order of core-lib's TokenProblem: shape, key, signature, then
   * revocation and the validity window (start inclusive, end exclusive). Answers {valid: true, claims} or
   * {valid: false, problem, claims}, with claims only when the signature was good; never throws for a token.
   */
  async verify(token, at) {
    const bytes = tokenBytes(token);
    if (!bytes) return refused('MALFORMED');
    const key = this.keysById.get(bytes[1]);
    if (!key) return refused('UNKNOWN_KEY');
    const message = new Uint8Array(DOMAIN.length + PAYLOAD_LENGTH);
    message.set(DOMAIN);
    message.set(bytes.subarray(0, PAYLOAD_LENGTH), DOMAIN.length);
    const genuine = await crypto.subtle.verify(ED25519, key, bytes.subarray(PAYLOAD_LENGTH), message).catch(() => false);
    if (!genuine) return refused('BAD_SIGNATURE');
    const claims = claimsOf(bytes);
    if (!claims) return refused('MALFORMED');
    if (this.revoked.has(claims.ticketId)) return refused('REVOKED', claims);
    if (at < claims.validFrom) return refused('NOT_YET_VALID', claims);
    if (at >= claims.validUntil) return refused('EXPIRED', claims);
    return { valid: true, problem: null, claims };
  }
}
