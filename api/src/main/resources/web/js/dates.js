// Dates as the format writes them: a day, a month or a year ("2024-07-06", "2024-07", "2024"), or (format
// version 2) an interval of two such dates meaning "some day within it", either end open: "2024-09/2024-11-05",
// "../2024-11-05" (on or before), "2024-07-06/.." (on or after). Every date is thus a span of days; an open end
// is -Infinity or Infinity, so that comparisons still work and drawing code clamps it to what it shows.
// Days are counted in UTC so that no time zone shifts a date by one.

const DAY_MS = 86400000;

/** The first day a date stands for, as a day number (days since 1970-01-01); -Infinity when open. */
export function firstDay(text) {
  const [from] = ends(text);
  return from === '..' ? -Infinity : bounds(from)[0];
}

/** The last day a date stands for, as a day number; Infinity when open. */
export function lastDay(text) {
  const [from, to = from] = ends(text);
  return to === '..' ? Infinity : bounds(to)[1];
}

/** A day to place a date at: its first day, or its last when it has no first (an "on or before" date). */
export function anchorDay(text) {
  const first = firstDay(text);
  return Number.isFinite(first) ? first : lastDay(text);
}

/** True when the date stands for more than one day (a month, a year, an interval). */
export function isImprecise(text) {
  return firstDay(text) !== lastDay(text);
}

/** The date in words for a reader: "2024-11-06", "on or before 2024-11-05", "between 2024-09 and 2024-11-05". */
export function describe(text) {
  const [from, to] = ends(text);
  if (to === undefined) {
    return from;
  }
  if (from === '..') {
    return 'on or before ' + to;
  }
  return to === '..' ? 'on or after ' + from : 'between ' + from + ' and ' + to;
}

/** "on 2024-11-06", "on 2024-11", or an interval in words: "on or before 2024-11-05". */
export function dated(text) {
  return text.includes('/') ? describe(text) : 'on ' + text;
}

/** "since 2024-11-06", or "since a day on or before 2024-11-05" for an interval. */
export function since(text) {
  return 'since ' + (text.includes('/') ? 'a day ' : '') + describe(text);
}

/** A day number as YYYY-MM-DD. */
export function iso(dayNumber) {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/** YYYY-MM-DD as a day number, or null when it is not a whole date. */
export function dayOf(text) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text || '')) {
    return null;
  }
  const day = bounds(text)[0];
  return iso(day) === text ? day : null;
}

/** The year and month (1..12) of a day number. */
export function yearMonth(dayNumber) {
  const date = new Date(dayNumber * DAY_MS);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1];
}

// "a/b" as [a, b]; a plain date as [date] (its second end undefined).
function ends(text) {
  const parts = String(text).split('/');
  if (parts.length > 2 || (parts.length === 2 && parts[0] === '..' && parts[1] === '..')) {
    throw new Error('not a date: ' + text);
  }
  return parts;
}

// The first and last day of a plain date of day, month or year precision.
function bounds(text) {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text || '');
  if (!match) {
    throw new Error('not a date: ' + text);
  }
  const [year, month, day] = [Number(match[1]), Number(match[2] || 0), Number(match[3] || 0)];
  if (day) {
    const only = Date.UTC(year, month - 1, day) / DAY_MS;
    return [only, only];
  }
  if (month) {
    return [Date.UTC(year, month - 1, 1) / DAY_MS, Date.UTC(year, month, 1) / DAY_MS - 1];
  }
  return [Date.UTC(year, 0, 1) / DAY_MS, Date.UTC(year + 1, 0, 1) / DAY_MS - 1];
}
