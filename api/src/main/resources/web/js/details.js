// The details of what was clicked on the timeline: a meeting, a presidency term or a plan's status change,
// with the sources behind it as links.
import {append, el, replace, safeHref} from './dom.js';
import {record} from './model.js';
import {q} from './api.js';

/** Shows one item in the details panel and moves the focus there. */
export async function showDetails(panel, kind, item, context) {
  const body = panel.querySelector('.details-body');
  const heading = el('h3', {tabindex: -1, id: 'details-title'}, '…');
  replace(body, heading);
  try {
    if (kind === 'meeting') {
      await meeting(body, heading, item, context);
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
  const participants = await Promise.all((meeting.participants || []).map(async participant => {
    const person = await record('/api/persons/' + q(participant.person)).catch(() => ({id: participant.person}));
    return el('li', {}, personName(person), participant.capacity ? ' — ' + participant.capacity : '');
  }));
  append(body,
    facts([
      ['Date', meeting.date],
      ['Kind', meeting.kind],
      ['Place', meeting.place],
      ['Confederation', meeting.confederation],
    ]),
    list('Participants', participants),
    list('Topics', (meeting.topics || []).map(topic => el('li', {}, topic))),
    await sources(meeting.sources),
    actions(context, meeting.date, '/api/meetings/' + q(meeting.id)));
}

async function presidency(body, heading, term, context) {
  const state = context.stateName(term.state);
  heading.textContent = 'Presidency of ' + state;
  const holder = term.holder ? personName(term.holder) : 'not recorded';
  const rows = [
    ['Holder', holder],
    ['Presiding state', state + ' (' + term.state + ')'],
    ['From', term.start],
    ['Planned end', term.planned_end ? term.planned_end + ' (start + ' + (context.confederation.presidency_term || 'term') + ' − 1 day)' : 'no term length recorded'],
    ['Actual end', term.ends_on || 'still in office'],
  ];
  append(body, facts(rows));
  if (term.designated_at) {
    const designation = await record('/api/meetings/' + q(term.designated_at)).catch(() => null);
    const button = el('button', {type: 'button', class: 'link-button'},
      designation ? designation.date + ' · ' + (designation.title || designation.id) : term.designated_at);
    if (designation) {
      button.addEventListener('click', () => context.open('meeting', designation));
    }
    append(body, el('h4', {}, 'Designated at'), el('p', {}, button));
  }
  append(body, await sources(term.sources), actions(context, term.start));
}

async function planEvent(body, heading, {plan, event}, context) {
  heading.textContent = plan.title;
  const full = await record('/api/action-plans/' + q(plan.id));
  const stored = (full.history || []).find(e => e.status === event.status && e.date === event.date) || event;
  append(body, facts([
    ['Status', stored.status.replace('_', ' ')],
    ['Date', stored.date],
    ['Note', stored.note],
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
    list('History', (full.history || []).map(e => el('li', {}, e.date + ': ' + e.status.replace('_', ' ')))),
    list('Objectives', (full.objectives || []).map(objective => el('li', {}, objective))),
    await sources(stored.sources),
    actions(context, stored.date, '/api/action-plans/' + q(plan.id)));
}

function personName(person) {
  return (person.name || person.id) + (person.honorific ? ' (' + person.honorific + ')' : '');
}

function facts(rows) {
  const dl = el('dl', {class: 'facts'});
  for (const [name, value] of rows) {
    if (value) {
      dl.append(el('dt', {}, name), el('dd', {}, value));
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

/** The sources, each a link: to its URL when it has one, else to its record in the API. */
export async function sources(ids) {
  if (!ids || ids.length === 0) {
    return el('p', {class: 'muted'}, 'No source recorded.');
  }
  const items = await Promise.all(ids.map(async id => {
    const path = '/api/sources/' + q(id);
    const source = await record(path).catch(() => ({id}));
    const words = [source.publisher || source.id];
    if (source.title) {
      words.push('“' + source.title + '”');
    }
    if (source.published) {
      words.push(source.published);
    }
    if (source.reference) {
      words.push(source.reference);
    }
    const href = safeHref(source.url) || path;
    const link = el('a', {href, class: 'source-link', rel: 'noopener noreferrer'}, words.join(', '));
    return el('li', {class: 'source', 'data-source': id}, link,
      source.url ? null : el('span', {class: 'muted'}, ' (no web address recorded: the link opens the record)'),
      source.excerpt ? el('blockquote', {}, source.excerpt) : null);
  }));
  return el('div', {}, el('h4', {}, 'Sources'), el('ul', {class: 'sources'}, items));
}

function actions(context, date, recordPath) {
  const move = el('button', {type: 'button'}, 'Show ' + date + ' on the timeline');
  move.addEventListener('click', () => context.moveCursorTo(date));
  return el('p', {class: 'actions'}, move, recordPath ? el('a', {href: recordPath}, 'The record as JSON') : null);
}
