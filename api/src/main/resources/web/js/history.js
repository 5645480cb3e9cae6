// A record's history in its details: who changed it, when, and what. One bounded request to the change log
// (GET /api/changes?record=TYPE:KEY, newest first): the SHOWN newest entries, plus one more, so that the oldest shown
// update can still say which fields it changed. Read only when the details open; a failure is said, never thrown.
import {el, replace} from './dom.js';
import {get, q, recordedAt} from './api.js';
import {describeRecorded, localTime, micros, recordedMicros} from './recorded.js';

const SHOWN = 20;
const KINDS = {insert: 'created', update: 'updated', retract: 'retracted', merge: 'merged'};

let pending = null;

/**
 * The "Changes to this record" block, filled in when the log answers.
 * @param ref the record: {type, key: [parts]}, as the API names records
 */
export function recordHistory(ref) {
  const name = ref.type + ':' + ref.key.join(':');
  const headingId = 'history-title';
  const status = el('p', {class: 'muted history-status', role: 'status'}, 'Loading who changed this record, and when…');
  const section = el('section', {class: 'history', 'aria-labelledby': headingId, 'aria-busy': 'true', 'data-record': name},
    el('h4', {id: headingId}, 'Changes to this record'), status);
  if (pending) {
    pending.abort();
  }
  const controller = new AbortController();
  pending = controller;
  get('/api/changes?record=' + q(name) + '&limit=' + (SHOWN + 1), controller.signal)
    .then(page => render(section, status, name, page))
    .catch(error => {
      if (error.name !== 'AbortError') {
        status.className = 'error history-status';
        replace(status, 'Could not load the history of this record: ' + error.message);
      }
    })
    .finally(() => {
      section.removeAttribute('aria-busy');
      if (pending === controller) {
        pending = null;
      }
    });
  return section;
}

function render(section, status, name, page) {
  const entries = page.items || [];
  if (entries.length === 0) {
    replace(status, 'The change log holds nothing about this record.');
    return;
  }
  const shown = entries.slice(0, SHOWN);
  const older = entries.length > SHOWN;
  const recorded = recordedAt();
  const limit = recorded ? recordedMicros(recorded) : Infinity;
  const items = shown.map((entry, index) => change(entry, entries[index + 1] || null, micros(entry.at) > limit, recorded));
  const all = el('a', {href: '/api/changes?record=' + q(name)}, 'every change as JSON');
  const count = shown.length === 1 ? 'One change'
    : (older ? 'The ' + SHOWN + ' latest changes' : shown.length + ' changes') + ', newest first';
  replace(status, count, ' (', older ? 'older ones: ' : '', all, ').');
  status.className = 'help history-status';
  section.append(el('ol', {class: 'history-list'}, items));
}

// One entry: when (in the reader's time, the exact instant in its title), who, what kind of change, which version;
// for an update, the top-level fields it changed against the entry before it.
function change(entry, previous, later, recorded) {
  const kind = KINDS[entry.kind] || entry.kind;
  const when = el('time', {datetime: entry.at, title: entry.at}, localTime(entry.at));
  const version = 'version ' + entry.version + (entry.replaced ? ' (replaced ' + entry.replaced + ')' : '');
  const line = el('p', {class: 'change-line'}, when, ' · ', el('span', {class: 'change-actor'}, entry.actor), ' · ',
    el('strong', {class: 'change-kind'}, kind), ' · ', el('span', {class: 'change-version'}, version));
  let more = null;
  if (entry.kind === 'update') {
    more = previous ? changedFields(previous.content, entry.content)
      : el('p', {class: 'change-fields muted'}, 'The version it replaced is older than the changes shown.');
  } else if (entry.kind === 'merge' && entry.merged_into) {
    more = el('p', {class: 'change-merge'}, 'Merged into ', el('span', {class: 'merged-into'},
      entry.merged_into.type.replace(/_/g, ' ') + ' ' + entry.merged_into.key.join(' · ')));
  }
  return el('li', {class: 'change change-' + entry.kind + (later ? ' later' : ''), 'data-kind': entry.kind,
    'data-version': entry.version, 'data-sequence': entry.sequence},
  line, more,
  later ? el('p', {class: 'change-later'}, 'Recorded after the registry on show (as recorded ' + describeRecorded(recorded) + ')') : null);
}

function changedFields(before, after) {
  const names = [...new Set([...Object.keys(before || {}), ...Object.keys(after || {})])]
    .filter(field => JSON.stringify((before || {})[field]) !== JSON.stringify((after || {})[field]));
  if (names.length === 0) {
    return el('p', {class: 'change-fields muted'}, 'Written again, no field changed.');
  }
  return el('div', {class: 'change-fields'}, 'Changed: ', el('ul', {}, names.map(field =>
    el('li', {'data-field': field}, el('span', {class: 'field-name'}, field.replace(/_/g, ' ')),
      values(before[field], after[field])))));
}

// Short values side by side ("was “Bamako”, now “Niamey”"); a list or an object only by its name.
function values(was, now) {
  const short = value => value === undefined || value === null || (typeof value !== 'object' && String(value).length <= 80);
  if (!short(was) || !short(now)) {
    return null;
  }
  const shown = value => value === undefined || value === null ? 'nothing' : '“' + String(value) + '”';
  return el('span', {class: 'change-values'}, ': was ', shown(was), ', now ', shown(now));
}
