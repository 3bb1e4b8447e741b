// Schedule rules ("lunar:01-15", "solar:09-02", "weekday:10-3-SUNDAY", "once:2026-03-14") in words and back.
import { t } from './i18n.js';

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
export { WEEKDAYS };

/** Reads a rule into {kind, month, day, nth, weekday, date, leapBoth, shortSkip}. */
export function parseRule(rule) {
  const [head, ...options] = String(rule || '').split(';');
  const [kind, value = ''] = head.split(':');
  const parsed = { kind, leapBoth: options.includes('leap=both'), shortSkip: options.includes('short=skip') };
  if (kind === 'lunar' || kind === 'solar') {
    const [m, d] = value.split('-');
    Object.assign(parsed, { month: Number(m), day: Number(d) });
  } else if (kind === 'weekday') {
    const [m, nth, weekday] = value.split('-');
    Object.assign(parsed, { month: Number(m), nth, weekday });
  } else if (kind === 'once') {
    parsed.date = value;
  }
  return parsed;
}

const two = (n) => String(n).padStart(2, '0');

/** Builds the rule text from the parts of parseRule. */
export function buildRule(p) {
  switch (p.kind) {
    case 'lunar': {
      let rule = `lunar:${two(p.month)}-${two(p.day)}`;
      if (p.leapBoth) rule += ';leap=both';
      if (p.shortSkip) rule += ';short=skip';
      return rule;
    }
    case 'solar': return `solar:${two(p.month)}-${two(p.day)}`;
    case 'weekday': return `weekday:${two(p.month)}-${p.nth}-${p.weekday}`;
    case 'once': return `once:${p.date}`;
    default: return '';
  }
}

/** The rule in words in the current language, e.g. "Every year on lunar 15/1". */
export function ruleInWords(rule) {
  const p = parseRule(rule);
  switch (p.kind) {
    case 'lunar': {
      let words = t('rule.lunar', { day: p.day, month: p.month });
      if (p.leapBoth) words += ` ${t('rule.leapBoth')}`;
      return words;
    }
    case 'solar': return t('rule.solar', { day: p.day, month: p.month });
    case 'weekday': return t('rule.weekday', {
      nth: t(`rule.nth.${p.nth}`), weekday: t(`weekday.${p.weekday}`), month: p.month,
    });
    case 'once': return t('rule.once', { date: p.date });
    default: return rule || '';
  }
}
