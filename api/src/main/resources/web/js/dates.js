// Dates as the format writes them: day, month or year precision ("2024-07-06", "2024-07", "2024").
// Days are counted in UTC so that no time zone shifts a date by one.

const DAY_MS = 86400000;

/** The first day a partial date stands for, as a day number (days since 1970-01-01). */
export function firstDay(text) {
  const [year, month, day] = parts(text);
  return Date.UTC(year, (month || 1) - 1, day || 1) / DAY_MS;
}

/** The last day a partial date stands for, as a day number. */
export function lastDay(text) {
  const [year, month, day] = parts(text);
  if (day) {
    return Date.UTC(year, month - 1, day) / DAY_MS;
  }
  if (month) {
    return Date.UTC(year, month, 1) / DAY_MS - 1;
  }
  return Date.UTC(year + 1, 0, 1) / DAY_MS - 1;
}

/** True when the date names a whole month or year rather than a day. */
export function isImprecise(text) {
  return parts(text)[2] === undefined;
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
  const day = firstDay(text);
  return iso(day) === text ? day : null;
}

/** The year and month (1..12) of a day number. */
export function yearMonth(dayNumber) {
  const date = new Date(dayNumber * DAY_MS);
  return [date.getUTCFullYear(), date.getUTCMonth() + 1];
}

function parts(text) {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text || '');
  if (!match) {
    throw new Error('not a date: ' + text);
  }
  return [Number(match[1]), match[2] ? Number(match[2]) : undefined, match[3] ? Number(match[3]) : undefined];
}
