// What the page knows about one confederation, composed from the API's routes.
import {all, get, q} from './api.js';
import {firstDay, lastDay} from './dates.js';

/** Up to this many meetings, each is drawn; more are drawn as counts per month (or per year). */
export const DRAWN_ONE_BY_ONE = 400;
// The widest span the page counts meetings over: no confederation met before the year 1000 or after 2999.
const EVER = 'from=1000&to=2999';

/**
 * Loads a confederation's history: its states, memberships (from the timeline), presidency terms, action plans and
 * their status changes, the server's "today", and its meetings: each one when they are few, else their counts per
 * period. Every request is bounded: lists come a page at a time, meetings are counted where they are stored.
 */
export async function loadHistory(confederation) {
  const code = q(confederation.code);
  const [states, facts, presidencies, plans, members, years] = await Promise.all([
    all('/api/states'),
    all('/api/timeline?confederation=' + code + '&meetings=false'),
    get('/api/confederations/' + code + '/presidencies'),
    all('/api/action-plans?confederation=' + code),
    // Asked without a date, the API answers for its today: the cursor starts there.
    get('/api/confederations/' + code + '/members'),
    get('/api/timeline/counts?confederation=' + code + '&' + EVER + '&period=year'),
  ]);
  const stateNames = new Map(states.map(state => [state.code, state.name]));
  const history = {
    confederation,
    stateNames,
    memberships: memberships(facts),
    terms: presidencies.items,
    meetings: [],
    meetingCounts: null,
    meetingTotal: years.total,
    plans,
    planEvents: facts.filter(entry => entry.event === 'plan_event.date').map(entry => ({
      plan: entry.record.key[0], status: entry.record.key[1], date: entry.record.key[2], summary: entry.summary,
    })),
    today: members.at,
  };
  if (years.total <= DRAWN_ONE_BY_ONE) {
    history.meetings = (await get('/api/meetings?confederation=' + code + '&limit=' + DRAWN_ONE_BY_ONE)).items;
  } else {
    history.meetingCounts = await denseCounts(code, years);
  }
  return history;
}

// Counts per month over the years that hold meetings (a bar a month reads well up to a few decades), else per year.
async function denseCounts(code, years) {
  const first = years.items[0].start.slice(0, 4);
  const last = years.items[years.items.length - 1].start.slice(0, 4);
  if ((Number(last) - Number(first) + 1) * 12 > 2000) {
    return years;
  }
  return get('/api/timeline/counts?confederation=' + code + '&from=' + first + '&to=' + last + '&period=month');
}

/** The span of days one count stands for: a day, a month or a year. */
export function periodText(count, period) {
  return period === 'year' ? count.start.slice(0, 4) : period === 'month' ? count.start.slice(0, 7) : count.start;
}

// The timeline lists each membership's start and, when it ended, its end, under the membership's key.
function memberships(entries) {
  const byKey = new Map();
  for (const entry of entries) {
    if (entry.record.type !== 'membership') {
      continue;
    }
    const [confederation, state, start] = entry.record.key;
    const key = entry.record.key.join('|');
    const membership = byKey.get(key) || {confederation, state, start, end: null};
    if (entry.event === 'membership.end') {
      membership.end = entry.date;
    }
    byKey.set(key, membership);
  }
  return [...byKey.values()];
}

/** The span of days the timeline shows: every fact, today, and a margin on both sides. */
export function span(history) {
  let from = firstDay(history.today);
  let to = from;
  // An open end ("../2024-11-05") stretches to whatever else is shown: only the days it names count.
  // A loop, not Math.min(...days): a spread of many thousands of days overflows the call stack.
  const add = text => {
    if (text) {
      for (const day of [firstDay(text), lastDay(text)]) {
        if (Number.isFinite(day)) {
          from = Math.min(from, day);
          to = Math.max(to, day);
        }
      }
    }
  };
  add(history.confederation.founded);
  history.memberships.forEach(m => { add(m.start); add(m.end); });
  history.terms.forEach(t => { add(t.start); add(t.planned_end); add(t.ends_on); });
  history.meetings.forEach(m => { add(m.date); add(m.end_date); });
  if (history.meetingCounts) {
    history.meetingCounts.items.forEach(count => add(periodText(count, history.meetingCounts.period)));
  }
  history.planEvents.forEach(e => add(e.date));
  const margin = Math.max(30, Math.round((to - from) * 0.04));
  return {from: from - margin, to: to + margin};
}

const cache = new Map();

/** One record by its API path, asked once per page load. */
export function record(path) {
  if (!cache.has(path)) {
    cache.set(path, get(path).catch(error => {
      cache.delete(path);
      throw error;
    }));
  }
  return cache.get(path);
}

export function forget() {
  cache.clear();
}
