// "As recorded": the registry as it stood at an instant of its change log, not as it stands. The API takes
// recorded= as a day (2026-03-02: the end of that day, UTC) or an ISO 8601 instant with its offset
// (2026-03-02T09:30:00Z); the page keeps it in the address (#AES/2024-11-06/recorded=2026-03-02) and shows it.
import {dayOf} from './dates.js';

const INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?)(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/** The value as the API takes it, or null when it is neither a whole day nor an instant with its offset. */
export function readRecorded(text) {
  const value = String(text || '').trim();
  if (dayOf(value) !== null) {
    return value;
  }
  return Number.isFinite(micros(value)) ? value : null;
}

/** True when the value names a day rather than an instant. */
export function isDay(value) {
  return dayOf(value) !== null;
}

/** The day to show in a date field: the day itself, or the instant's day in UTC. */
export function dayPart(value) {
  return isDay(value) ? value : new Date(Math.floor(micros(value) / 1000)).toISOString().slice(0, 10);
}

/** "on 2026-03-02" or "at 2026-03-02 09:30:00 UTC", for a reader. */
export function describeRecorded(value) {
  if (isDay(value)) {
    return 'on ' + value;
  }
  const total = micros(value);
  const seconds = new Date(Math.floor(total / 1000)).toISOString().slice(0, 19).replace('T', ' ');
  const fraction = total % 1000000;
  return 'at ' + seconds + (fraction ? '.' + String(fraction).padStart(6, '0').replace(/0+$/, '') : '') + ' UTC';
}

/** The last microsecond the value covers, as microseconds since 1970 (a day: the end of it, UTC); NaN when unreadable. */
export function recordedMicros(value) {
  return isDay(value) ? (Date.parse(value + 'T00:00:00Z') + 86400000) * 1000 - 1 : micros(value);
}

/**
 * An ISO instant as microseconds since 1970 (the change log keeps microseconds, which a Date would drop); NaN when
 * it is not an instant with its offset.
 */
export function micros(text) {
  const match = INSTANT.exec(String(text || ''));
  if (!match) {
    return NaN;
  }
  const millis = Date.parse(match[1] + match[3]);
  if (!Number.isFinite(millis)) {
    return NaN;
  }
  return millis * 1000 + Number(((match[2] || '') + '000000').slice(0, 6));
}

/** An instant in the reader's own time and language: "Mar 3, 2026, 9:00:05 AM". */
export function localTime(text) {
  const millis = Math.floor(micros(text) / 1000);
  if (!Number.isFinite(millis)) {
    return String(text);
  }
  return new Date(millis).toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'medium'});
}
