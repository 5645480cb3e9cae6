// The timeline page: picks a confederation, draws its history, keeps the date cursor, the "as of" panel,
// the details panel, the meeting search and the status form in step. The address keeps the confederation and
// the date (#AES/2024-11-06), and the instant the registry is read "as recorded" at when one is chosen
// (#AES/2024-11-06/recorded=2026-03-02, or recorded=2026-03-02T09:30:00Z), so a view can be bookmarked or shared.
import {all, get, q, recordedAt, setRecorded, withRecorded} from './api.js';
import {el, replace} from './dom.js';
import {anchorDay, dayOf, describe, firstDay, iso} from './dates.js';
import {forget, loadHistory, span} from './model.js';
import {drawTimeline} from './timeline.js';
import {showAsOf} from './asof.js';
import {showDetails} from './details.js';
import {offerChoices, offerMeeting, setUpStatusForm} from './status-form.js';
import {setUpRecordForm} from './record-form.js';
import {dayPart, describeRecorded, readRecorded} from './recorded.js';

const page = {
  picker: document.getElementById('confederation'),
  status: document.getElementById('page-status'),
  title: document.getElementById('timeline-title'),
  scroller: document.getElementById('timeline-scroller'),
  svg: document.getElementById('timeline'),
  dateInput: document.getElementById('cursor-date'),
  range: document.getElementById('cursor-range'),
  asOf: document.getElementById('as-of'),
  details: document.getElementById('details'),
  searchForm: document.getElementById('search-form'),
  searchInput: document.getElementById('search-q'),
  searchStatus: document.getElementById('search-status'),
  searchResults: document.getElementById('search-results'),
  statusForm: document.getElementById('status-form'),
  records: document.getElementById('records'),
  recordedInput: document.getElementById('recorded-date'),
  recordedNotice: document.getElementById('recorded-notice'),
  recordedText: document.getElementById('recorded-notice-text'),
  recordedClear: document.getElementById('recorded-clear'),
  exportLink: document.getElementById('export-link'),
};

const view = {history: null, range: null, drawing: null, cursor: null, width: 0, loads: 0};
let recordedTyping = null;

/**
 * The address's parts: #CODE/DATE, then optionally /recorded=VALUE (addresses from before it still read as they did).
 * recorded is null when absent; bad is the text of a recorded= the page cannot read.
 */
function readAddress() {
  const [code, date, ...rest] = decodeURIComponent(window.location.hash.slice(1)).split('/');
  const given = rest.find(part => part.startsWith('recorded='));
  const text = given ? given.slice('recorded='.length) : '';
  const recorded = text ? readRecorded(text) : null;
  return {code, day: dayOf(date), recorded, bad: text && !recorded ? text : null};
}

function address(date) {
  const recorded = recordedAt();
  return '#' + view.history.confederation.code + '/' + date + (recorded ? '/recorded=' + recorded : '');
}

async function start() {
  page.picker.addEventListener('change', () => choose(page.picker.value, null));
  // Typing changes the date a part at a time; each whole date is asked about, the field is left alone.
  page.dateInput.addEventListener('input', () => {
    const day = dayOf(page.dateInput.value);
    if (day !== null) {
      moveCursor(day, page.dateInput);
    }
  });
  page.range.addEventListener('input', () => moveCursor(view.range.from + Number(page.range.value)));
  // "As recorded on": a whole date reads the registry as it stood at the end of that day; an emptied field (not one
  // typed halfway, which the browser marks badInput) reads it as it stands. Typing a year digit by digit makes
  // several whole dates: the page waits for a pause before it reloads.
  page.recordedInput.addEventListener('input', () => {
    clearTimeout(recordedTyping);
    const value = page.recordedInput.value;
    if (dayOf(value) === null && (value !== '' || page.recordedInput.validity.badInput)) {
      return;
    }
    recordedTyping = setTimeout(() => changeRecorded(value || null, page.recordedInput), 400);
  });
  page.recordedClear.addEventListener('click', () => {
    clearTimeout(recordedTyping);
    changeRecorded(null);
    page.recordedInput.focus();
  });
  page.searchForm.addEventListener('submit', event => {
    event.preventDefault();
    search(page.searchInput.value.trim());
  });
  setUpStatusForm(page.statusForm, {recorded: date => reload(date)});
  setUpRecordForm(page.records, {saved: date => reload(date)});
  new ResizeObserver(() => redrawIfResized()).observe(page.scroller);
  // An address typed or pasted by hand (#NER/2025-01-01) is followed like a choice on the page.
  window.addEventListener('hashchange', () => {
    const {code, day, recorded, bad} = readAddress();
    if (page.confederations && page.confederations.has(code)) {
      showRecorded(recorded);
      choose(code, day, bad);
    }
  });

  const opening = readAddress();
  showRecorded(opening.recorded);
  try {
    const confederations = await all('/api/confederations');
    // AES, the first case this registry was built for, comes first; the others by code.
    confederations.sort((a, b) => (b.code === 'AES') - (a.code === 'AES') || a.code.localeCompare(b.code));
    if (confederations.length === 0) {
      say(recordedAt()
        ? 'No confederation was recorded yet ' + describeRecorded(recordedAt()) + '. Choose a later date, or clear it.'
        : 'No confederation is recorded yet. Import some records (confed import FILE) and reload.');
      return;
    }
    replace(page.picker, confederations.map(c => el('option', {value: c.code}, c.code + ' · ' + c.name)));
    page.confederations = new Map(confederations.map(c => [c.code, c]));
    const {code, day, bad} = opening;
    await choose(page.confederations.has(code) ? code : confederations[0].code, day, bad);
  } catch (error) {
    say('Could not load the confederations: ' + error.message);
  }
}

// badRecorded: a recorded= of the address the page could not read, to say so once the confederation is on show.
async function choose(code, day, badRecorded) {
  page.picker.value = code;
  say('Loading ' + code + '…');
  // A later choice (another confederation, another "as recorded" date) wins over one still loading.
  const load = ++view.loads;
  try {
    forget();
    const history = await loadHistory(page.confederations.get(code));
    if (load !== view.loads) {
      return;
    }
    view.history = history;
    view.range = span(history);
    const recorded = recordedAt();
    page.title.textContent = 'Timeline of ' + history.confederation.name + ' (' + code + ')'
      + (recorded ? ', as recorded ' + describeRecorded(recorded) : '');
    page.range.max = String(view.range.to - view.range.from);
    offerChoices(page.statusForm, history);
    draw();
    say(badRecorded ? 'The address asks for the registry as recorded at “' + badRecorded + '”, which is neither a date '
      + '(2026-03-02) nor an instant with its offset (2026-03-02T09:30:00Z): it is shown as it stands.' : '');
    moveCursor(day === null || day === undefined ? firstDay(history.today) : day);
  } catch (error) {
    if (load !== view.loads) {
      return;
    }
    const recorded = recordedAt();
    if (recorded) {
      // What is drawn is another registry's: it goes, rather than pass for this one.
      view.history = null;
      page.svg.replaceChildren();
      replace(page.asOf.querySelector('.as-of-body'), el('p', {class: 'muted'}, 'Nothing to show.'));
      say('Could not load ' + code + ' as recorded ' + describeRecorded(recorded) + ': ' + error.message
        + (error.status === 404 ? ' Choose a later date, or show the registry as it stands now.' : ''));
    } else {
      say('Could not load ' + code + ': ' + error.message);
    }
  }
}

// Reads the registry as recorded at another instant (null: as it stands), and shows it from scratch.
async function changeRecorded(value, origin) {
  if (value === recordedAt()) {
    return;
  }
  showRecorded(value, origin);
  const day = dayOf(page.dateInput.value);
  if (view.history) {
    await choose(view.history.confederation.code, day === null ? view.cursor : day);
  } else if (page.confederations) {
    await choose(page.picker.value, dayOf(page.dateInput.value));
  }
}

// Every read asks as recorded at the value from now on (api.js), and the page says so plainly.
function showRecorded(value, origin) {
  if (value !== recordedAt()) {
    // The details on show were read from the other registry: they go with it.
    replace(page.details.querySelector('.details-body'), el('p', {class: 'muted'},
      'Choose a meeting, a presidency term or a status change on the timeline.'));
  }
  setRecorded(value);
  document.body.classList.toggle('as-recorded', Boolean(value));
  if (origin !== page.recordedInput) {
    page.recordedInput.value = value ? dayPart(value) : '';
  }
  page.recordedNotice.hidden = !value;
  page.recordedText.textContent = value
    ? 'Showing the registry as it was recorded ' + describeRecorded(value) + ': changes, retractions and merges '
      + 'recorded later are not shown. Saving a record still writes to the registry as it stands.'
    : '';
  page.exportLink.href = withRecorded('/api/export?format=ndjson');
}

// After a recorded change: the same confederation, with the cursor on the change's date (or where it was).
async function reload(date) {
  if (!view.history) {
    return;
  }
  const day = date ? anchorDay(date) : view.cursor;
  await choose(view.history.confederation.code, Number.isFinite(day) ? day : view.cursor);
}

function draw() {
  view.width = page.scroller.clientWidth;
  view.drawing = drawTimeline(page.svg, view.history, view.range, Math.max(640, view.width), {
    open: openDetails,
    moveCursor,
  });
  if (view.cursor !== null) {
    view.drawing.setCursor(view.cursor);
  }
}

function redrawIfResized() {
  if (view.history && Math.abs(page.scroller.clientWidth - view.width) > 1) {
    draw();
  }
}

// The panel answers for any date; the drawing and the slider stop at the ends of the timeline.
function moveCursor(day, origin) {
  if (!view.history) {
    return; // nothing on show (a confederation that could not be read as recorded then)
  }
  const clamped = Math.min(view.range.to, Math.max(view.range.from, day));
  view.cursor = clamped;
  const date = iso(day);
  if (origin !== page.dateInput) {
    page.dateInput.value = date;
  }
  page.range.value = String(clamped - view.range.from);
  page.range.setAttribute('aria-valuetext', date);
  view.drawing.setCursor(clamped);
  window.history.replaceState(null, '', address(date));
  showAsOf(page.asOf, view.history, date);
}

function openDetails(kind, item) {
  if (kind === 'meeting' && view.history.meetingCounts) {
    offerMeeting(page.statusForm, item);
  }
  showDetails(page.details, kind, item, {
    confederation: view.history.confederation,
    stateName: code => view.history.stateNames.get(code) || code,
    open: openDetails,
    moveCursorTo: date => moveCursor(anchorDay(date)),
  });
}

async function search(words) {
  replace(page.searchResults);
  if (words === '') {
    page.searchStatus.textContent = 'Type a word to look for: a place, a name, a topic.';
    return;
  }
  page.searchStatus.textContent = 'Searching…';
  try {
    const answer = await get('/api/meetings?limit=100&confederation=' + q(view.history.confederation.code) + '&q=' + q(words));
    const count = answer.items.length + (answer.next_cursor ? '+' : '');
    page.searchStatus.textContent = answer.items.length === 0
      ? 'No meeting matches “' + words + '”.'
      : count + (answer.items.length === 1 ? ' meeting matches' : ' meetings match') + ' “' + words + '”.';
    replace(page.searchResults, answer.items.map(meeting => {
      const when = describe(meeting.date) + (meeting.end_date ? ' to ' + describe(meeting.end_date) : '');
      const button = el('button', {type: 'button', class: 'link-button', 'data-id': meeting.id},
        el('span', {class: 'result-date'}, when), ' ', el('span', {class: 'result-title'}, meeting.title || meeting.id),
        meeting.place ? el('span', {class: 'muted'}, ' · ' + meeting.place) : null);
      button.addEventListener('click', () => {
        moveCursor(anchorDay(meeting.date));
        openDetails('meeting', meeting);
      });
      return el('li', {}, button);
    }));
  } catch (error) {
    page.searchStatus.textContent = 'The search failed: ' + error.message;
  }
}

function say(message) {
  page.status.textContent = message;
  page.status.hidden = message === '';
}

start();
