// A page's status line: the text and its kind (ok, warn, bad) as the class that colours it; no text clears it.
export function setStatus(element, text, kind = 'ok') {
  element.className = text ? `status ${kind}` : '';
  element.textContent = text || '';
}
