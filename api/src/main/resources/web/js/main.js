// The timeline page: picks a confederation, draws its history, keeps the date cursor, the "as of" panel,
// the details panel, the meeting search and the status form in step. The address keeps the confederation and
// the date (#AES/2024-11-06), so a view can be bookmarked or shared.
import {all, get, q} from './api.js';
import {el, replace} from './dom.js';
import {anchorDay, dayOf, describe, firstDay, iso} from './dates.js';
import {forget, loadHistory, span} from './model.js';
import {drawTimeline} from './timeline.js';
import {showAsOf} from './asof.js';
import {showDetails} from './details.js';
import {offerChoices, setUpStatusForm} from './status-form.js';
import {setUpRecordForm} from './record-form.js';

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
};

const view = {history: null, range: null, drawing: null, cursor: null, width: 0};

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
  page.searchForm.addEventListener('submit', event => {
    event.preventDefault();
    search(page.searchInput.value.trim());
  });
  setUpStatusForm(page.statusForm, {recorded: date => reload(date)});
  setUpRecordForm(page.records, {saved: date => reload(date)});
  new ResizeObserver(() => redrawIfResized()).observe(page.scroller);
  // An address typed or pasted by hand (#NER/2025-01-01) is followed like a choice on the page.
  window.addEventListener('hashchange', () => {
    const [code, date] = decodeURIComponent(window.location.hash.slice(1)).split('/');
    if (page.confederations && page.confederations.has(code)) {
      choose(code, dayOf(date));
    }
  });

  try {
    const confederations = await all('/api/confederations');
    // AES, the first case this registry was built for, comes first; the others by code.
    confederations.sort((a, b) => (b.code === 'AES') - (a.code === 'AES') || a.code.localeCompare(b.code));
    if (confederations.length === 0) {
      say('No confederation is recorded yet. Import some records (confed import FILE) and reload.');
      return;
    }
    replace(page.picker, confederations.map(c => el('option', {value: c.code}, c.code + ' · ' + c.name)));
    page.confederations = new Map(confederations.map(c => [c.code, c]));
    const [code, date] = decodeURIComponent(window.location.hash.slice(1)).split('/');
    await choose(page.confederations.has(code) ? code : confederations[0].code, dayOf(date));
  } catch (error) {
    say('Could not load the confederations: ' + error.message);
  }
}

async function choose(code, day) {
  page.picker.value = code;
  say('Loading ' + code + '…');
  try {
    forget();
    const history = await loadHistory(page.confederations.get(code));
    view.history = history;
    view.range = span(history);
    page.title.textContent = 'Timeline of ' + history.confederation.name + ' (' + code + ')';
    page.range.max = String(view.range.to - view.range.from);
    offerChoices(page.statusForm, history);
    draw();
    say('');
    moveCursor(day === null || day === undefined ? firstDay(history.today) : day);
  } catch (error) {
    say('Could not load ' + code + ': ' + error.message);
  }
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
  const clamped = Math.min(view.range.to, Math.max(view.range.from, day));
  view.cursor = clamped;
  const date = iso(day);
  if (origin !== page.dateInput) {
    page.dateInput.value = date;
  }
  page.range.value = String(clamped - view.range.from);
  page.range.setAttribute('aria-valuetext', date);
  view.drawing.setCursor(clamped);
  window.history.replaceState(null, '', '#' + view.history.confederation.code + '/' + date);
  showAsOf(page.asOf, view.history, date);
}

function openDetails(kind, item) {
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
