// What the page knows about one confederation, composed from the API's routes.
import {all, get, q} from './api.js';
import {firstDay, lastDay} from './dates.js';

/**
 * Loads a confederation's history: its states, memberships (from the timeline), presidency terms, meetings,
 * action plans and their status changes, and the server's "today".
 */
export async function loadHistory(confederation) {
  const code = q(confederation.code);
  const [states, timeline, presidencies, meetings, plans, members] = await Promise.all([
    all('/api/states'),
    get('/api/timeline?confederation=' + code),
    get('/api/confederations/' + code + '/presidencies'),
    all('/api/meetings?confederation=' + code),
    all('/api/action-plans?confederation=' + code),
    // Asked without a date, the API answers for its today: the cursor starts there.
    get('/api/confederations/' + code + '/members'),
  ]);
  const stateNames = new Map(states.map(state => [state.code, state.name]));
  return {
    confederation,
    stateNames,
    memberships: memberships(timeline.items),
    terms: presidencies.items,
    meetings,
    plans,
    planEvents: timeline.items.filter(entry => entry.event === 'plan_event.date').map(entry => ({
      plan: entry.record.key[0], status: entry.record.key[1], date: entry.record.key[2], summary: entry.summary,
    })),
    today: members.at,
  };
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
  const days = [firstDay(history.today)];
  // An open end ("../2024-11-05") stretches to whatever else is shown: only the days it names count.
  const add = text => {
    if (text) {
      days.push(...[firstDay(text), lastDay(text)].filter(Number.isFinite));
    }
  };
  add(history.confederation.founded);
  history.memberships.forEach(m => { add(m.start); add(m.end); });
  history.terms.forEach(t => { add(t.start); add(t.planned_end); add(t.ends_on); });
  history.meetings.forEach(m => { add(m.date); add(m.end_date); });
  history.planEvents.forEach(e => add(e.date));
  const from = Math.min(...days);
  const to = Math.max(...days);
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
