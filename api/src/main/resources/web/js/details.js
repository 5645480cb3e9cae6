// The details of what was clicked on the timeline: a meeting, a presidency term or a plan's status change,
// with the values other sources give beside the facts, the sources behind it with their quotes, and its history
// (who changed it, when: history.js).
import {append, el, replace} from './dom.js';
import {record} from './model.js';
import {get, q, withRecorded} from './api.js';
import {recordHistory} from './history.js';
import {anchorDay, describe, iso, lastDay} from './dates.js';
import {disputed, sources} from './citations.js';

/** Shows one item in the details panel and moves the focus there. */
export async function showDetails(panel, kind, item, context) {
  const body = panel.querySelector('.details-body');
  const heading = el('h3', {tabindex: -1, id: 'details-title'}, '…');
  replace(body, heading);
  try {
    if (kind === 'meeting') {
      await meeting(body, heading, item, context);
    } else if (kind === 'meetings') {
      await meetingsOf(body, heading, item, context);
    } else if (kind === 'presidency') {
      await presidency(body, heading, item, context);
    } else {
      await planEvent(body, heading, item, context);
    }
  } catch (error) {
    append(body, el('p', {class: 'error', role: 'alert'}, 'Could not load the details: ' + error.message));
  }
  panel.hidden = false;
  heading.focus();
}

async function meeting(body, heading, meeting, context) {
  heading.textContent = meeting.title || 'Meeting ' + meeting.id;
  const participants = await Promise.all((meeting.participants || []).map(participant));
  const days = meeting.end_date ? lastDay(meeting.end_date) - anchorDay(meeting.date) + 1 : 1;
  append(body,
    await facts(meeting, [
      ['Date', describe(meeting.date) + (meeting.end_date ? ' to ' + describe(meeting.end_date) + ' (' + days + ' days)' : ''), 'date'],
      ['Kind', meeting.kind, 'kind'],
      ['Place', meeting.place, 'place'],
      ['Confederation', meeting.confederation, 'confederation'],
    ]),
    list('Participants', participants),
    list('Topics', (meeting.topics || []).map(topic => el('li', {}, topic))),
    await sources(meeting.sources),
    actions(context, meeting.date, '/api/meetings/' + q(meeting.id)),
    recordHistory({type: 'meeting', key: [meeting.id]}));
}

// The meetings of one period (a bar of counts on the timeline), a page at a time: each opens its own details.
const PERIOD_PAGE = 50;

async function meetingsOf(body, heading, counted, context) {
  heading.textContent = counted.meetings + (counted.meetings === 1 ? ' meeting in ' : ' meetings in ') + describe(counted.period);
  const items = el('ul', {class: 'period-meetings'});
  const more = el('button', {type: 'button'}, 'More meetings');
  const path = '/api/meetings?confederation=' + q(context.confederation.code) + '&from=' + q(counted.period)
    + '&to=' + q(counted.period) + '&limit=' + PERIOD_PAGE;
  let cursor = null;
  async function next() {
    more.disabled = true;
    const page = await get(path + (cursor ? '&cursor=' + q(cursor) : ''));
    for (const found of page.items) {
      const open = el('button', {type: 'button', class: 'link-button', 'data-id': found.id},
        el('span', {class: 'result-date'}, describe(found.date)), ' ', found.title || found.id,
        found.place ? el('span', {class: 'muted'}, ' · ' + found.place) : null);
      open.addEventListener('click', () => context.open('meeting', found));
      items.append(el('li', {}, open));
    }
    cursor = page.next_cursor || null;
    more.hidden = !cursor;
    more.disabled = false;
  }
  more.addEventListener('click', () => next().catch(error =>
    append(body, el('p', {class: 'error', role: 'alert'}, 'Could not load more meetings: ' + error.message))));
  await next();
  append(body, items, more, actions(context, counted.period, null));
}

// A participant is a person, a post, or both. A post alone is a holder the sources do not name: the page says so
// rather than guess who held it on the day.
async function participant(p) {
  const capacity = p.capacity ? ' — ' + p.capacity : '';
  if (p.person) {
    const person = await record('/api/persons/' + q(p.person) + '?limit=1').catch(() => ({id: p.person}));
    return el('li', {'data-person': p.person}, personName(person), capacity);
  }
  const post = await record('/api/posts/' + q(p.post)).catch(() => ({id: p.post}));
  const label = post.label || post.id;
  return el('li', {class: 'post', 'data-post': p.post}, label,
    el('span', {class: 'muted'}, ' (holder not named by the sources)'), p.capacity && p.capacity !== label ? capacity : null);
}

async function presidency(body, heading, term, context) {
  const state = context.stateName(term.state);
  heading.textContent = 'Presidency of ' + state;
  const holder = term.holder ? personName(term.holder) : 'not recorded';
  const instrument = term.instrument
    ? await record('/api/instruments/' + q(term.instrument)).catch(() => ({id: term.instrument})) : null;
  append(body, await facts(term, [
    ['Holder', holder, 'holder'],
    ['Presiding state', state + ' (' + term.state + ')', 'state'],
    ['From', describe(term.start), 'start'],
    ['Planned end', term.planned_end ? term.planned_end + ' (start + ' + (context.confederation.presidency_term || 'term') + ' − 1 day)' : 'no term length recorded'],
    ['Actual end', term.ends_on || 'still in office', 'end'],
    ['Decided by', instrument ? (instrument.title || instrument.id) + (instrument.signed ? ', signed ' + describe(instrument.signed) : '') : null, 'instrument'],
  ]));
  if (term.designated_at) {
    const designation = await record('/api/meetings/' + q(term.designated_at)).catch(() => null);
    const button = el('button', {type: 'button', class: 'link-button'},
      designation ? designation.date + ' · ' + (designation.title || designation.id) : term.designated_at);
    if (designation) {
      button.addEventListener('click', () => context.open('meeting', designation));
    }
    append(body, el('h4', {}, 'Designated at'), el('p', {}, button));
  }
  append(body, await sources(term.sources), actions(context, term.start),
    recordHistory({type: 'presidency', key: [term.confederation, term.start]}));
}

async function planEvent(body, heading, {plan, event}, context) {
  heading.textContent = plan.title;
  const full = await record('/api/action-plans/' + q(plan.id));
  const stored = (full.history || []).find(e => e.status === event.status && e.date === event.date) || event;
  append(body, await facts(stored, [
    ['Status', stored.status.replace('_', ' '), 'status'],
    ['Date', describe(stored.date), 'date'],
    ['Note', stored.note, 'note'],
    ['Pillar', plan.pillar],
    ['Author', full.author],
  ]));
  if (stored.meeting) {
    const at = await record('/api/meetings/' + q(stored.meeting)).catch(() => null);
    const button = el('button', {type: 'button', class: 'link-button'}, at ? at.date + ' · ' + (at.title || at.id) : stored.meeting);
    if (at) {
      button.addEventListener('click', () => context.open('meeting', at));
    }
    append(body, el('h4', {}, 'At the meeting'), el('p', {}, button));
  }
  append(body,
    list('Status history', (full.history || []).map(e => el('li', {}, describe(e.date) + ': ' + e.status.replace('_', ' ')))),
    list('Objectives', (full.objectives || []).map(objective => el('li', {}, objective))),
    await sources(stored.sources),
    actions(context, stored.date, '/api/action-plans/' + q(plan.id)),
    recordHistory({type: 'plan_event', key: [plan.id, stored.status, stored.date]}));
}

function personName(person) {
  return (person.name || person.id) + (person.honorific ? ' (' + person.honorific + ')' : '');
}

// Rows of [name, value, field]: a row's field, when given, is the record's field whose disputes show beside it.
async function facts(item, rows) {
  const dl = el('dl', {class: 'facts'});
  for (const [name, value, field] of rows) {
    if (value) {
      dl.append(el('dt', {}, name), el('dd', {'data-field': field || null}, value, field ? await disputed(item, field) : null));
    }
  }
  return dl;
}

function list(title, items) {
  if (items.length === 0) {
    return null;
  }
  return el('div', {}, el('h4', {}, title), el('ul', {}, items));
}

function actions(context, date, recordPath) {
  // An "on or before" date is shown on the one day it names.
  const move = el('button', {type: 'button'}, 'Show ' + iso(anchorDay(date)) + ' on the timeline');
  move.addEventListener('click', () => context.moveCursorTo(date));
  return el('p', {class: 'actions'}, move, recordPath ? el('a', {href: withRecorded(recordPath)}, 'The record as JSON') : null);
}
