// Base45 (RFC 9285), the text of a ticket token: the QR code's alphanumeric set. The browser's twin of core-lib's
// org.festgate.core.ticket.Base45, with the same rules for what is not Base45.
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const VALUES = new Map([...ALPHABET].map((c, i) => [c, i]));

/**
 * Decodes Base45 text: three characters give two bytes, a final two one, least significant digit first.
 * Returns null for a character outside the alphabet, a length of the form 3k + 1, or a group that encodes more
 * than its bytes hold.
 */
export function decodeBase45(text) {
  if (text.length % 3 === 1) return null;
  const bytes = new Uint8Array(Math.floor(text.length / 3) * 2 + Math.floor((text.length % 3) / 2));
  let out = 0;
  for (let start = 0; start < text.length; start += 3) {
    const digits = Math.min(3, text.length - start);
    let value = 0;
    for (let k = digits - 1; k >= 0; k--) {
      const digit = VALUES.get(text[start + k]);
      if (digit === undefined) return null;
      value = value * 45 + digit;
    }
    if (value > (digits === 3 ? 0xFFFF : 0xFF)) return null;
    if (digits === 3) bytes[out++] = value >> 8;
    bytes[out++] = value & 0xFF;
  }
  return bytes;
}
