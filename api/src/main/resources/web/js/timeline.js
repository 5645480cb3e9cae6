// The timeline, drawn in SVG at the size of its container (in CSS pixels, so that zooming the page enlarges
// its text like any other): one bar per membership, the presidency terms as bands, meetings as points (capsules
// when they lasted several days), action plan status changes as marks, a bracket over the span of each date known
// only as a span, and a cursor on the date the side panel answers for.
import {svg} from './dom.js';
import {anchorDay, dated, describe, firstDay, isImprecise, iso, lastDay, since, yearMonth} from './dates.js';
import {periodText} from './model.js';

const LABEL_WIDTH = 176;
const RIGHT_PAD = 18;
// The top strip holds the cursor's date, the years and months below it, so that neither hides the other.
const AXIS_HEIGHT = 50;
const HEADER_HEIGHT = 22;
const ROW_HEIGHT = 30;
const TERM_HEIGHT = 56;
const MEETING_HEIGHT = 44;
const PLAN_HEIGHT = 40;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MIN_LABEL_GAP = 90;

/**
 * Draws history into the <svg> element and returns the drawing's scale and its cursor.
 * handlers.open(kind, item) opens an item's details; handlers.moveCursor(day) moves the date cursor.
 */
export function drawTimeline(element, history, range, width, handlers) {
  const plotLeft = LABEL_WIDTH;
  const plotRight = Math.max(plotLeft + 200, width - RIGHT_PAD);
  const perDay = (plotRight - plotLeft) / (range.to - range.from + 1);
  const xOf = day => plotLeft + (day - range.from) * perDay;
  // Open ends (-Infinity, Infinity) and facts outside the range are drawn at the range's edges.
  const clamp = day => Math.min(range.to, Math.max(range.from, day));
  const dayAt = x => clamp(range.from + Math.floor((x - plotLeft) / perDay));
  const stateClass = stateClasses(history);
  const stateName = code => history.stateNames.get(code) || code;
  let clipIds = 0;

  const layers = {grid: svg('g', {class: 'grid'}), rows: svg('g'), cursor: svg('g', {class: 'cursor', 'aria-hidden': 'true'})};
  let y = AXIS_HEIGHT;
  const background = svg('rect', {class: 'plot-background', x: plotLeft, y: 0, width: plotRight - plotLeft, height: 0});

  function label(text, rowTop, height, full, extraClass) {
    const shown = text.length > 24 ? text.slice(0, 23) + '…' : text;
    return svg('text', {class: 'row-label ' + (extraClass || ''), x: 8, y: rowTop + height / 2, 'dominant-baseline': 'middle'},
      full ? svg('title', {}, full) : null, shown);
  }

  // The span of days an imprecise date may fall in: a month, a year, "on or before 2024-11-05".
  function spanOf(text, rowTop, height) {
    const x = xOf(clamp(firstDay(text)));
    return svg('rect', {class: 'imprecise', x, y: rowTop, width: Math.max(2, xOf(clamp(lastDay(text)) + 1) - x), height});
  }

  function header(text) {
    layers.rows.append(svg('text', {class: 'section-label', x: 8, y: y + HEADER_HEIGHT - 6}, text));
    y += HEADER_HEIGHT;
  }

  // An item that opens its details with a click, Enter or Space.
  function focusable(attributes, title, open, ...children) {
    const item = svg('g', Object.assign({tabindex: 0, role: 'button', 'aria-label': title}, attributes),
      svg('title', {}, title), ...children);
    item.addEventListener('click', open);
    item.addEventListener('keydown', event => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open();
      }
    });
    return item;
  }

  function clippedText(text, x, width, rowTop, height, cssClass) {
    const id = 'clip-' + (++clipIds);
    return [
      svg('clipPath', {id}, svg('rect', {x: x + 4, y: rowTop, width: Math.max(0, width - 8), height})),
      svg('text', {class: cssClass, x: x + 8, y: rowTop + height / 2, 'dominant-baseline': 'middle', 'clip-path': 'url(#' + id + ')'}, text),
    ];
  }

  // Memberships: one row per state that was ever a member, in rotation order, then by name.
  header('Members');
  const rotation = history.confederation.rotation || [];
  const states = [...new Set(history.memberships.map(m => m.state))].sort((a, b) =>
    rank(rotation, a) - rank(rotation, b) || stateName(a).localeCompare(stateName(b)));
  for (const state of states) {
    layers.rows.append(label(stateName(state), y, ROW_HEIGHT));
    for (const membership of history.memberships.filter(m => m.state === state)) {
      const start = clamp(firstDay(membership.start));
      const end = membership.end ? clamp(lastDay(membership.end)) : range.to;
      const x = xOf(start);
      const barWidth = Math.max(2, xOf(end + 1) - x);
      const text = stateName(state) + ' member from ' + describe(membership.start)
        + (membership.end ? ' to ' + describe(membership.end) : ' (still a member)');
      const bar = svg('g', {class: 'membership ' + stateClass(state) + (membership.end ? '' : ' open'), 'data-kind': 'membership',
        'data-state': state, 'data-start': membership.start},
      svg('title', {}, text),
      svg('rect', {class: 'bar', x, y: y + 6, width: barWidth, height: ROW_HEIGHT - 12, rx: 3}),
      [membership.start, membership.end].filter(date => date && isImprecise(date)).map(date => spanOf(date, y + 2, ROW_HEIGHT - 4)),
      ...clippedText(since(membership.start) + (membership.end ? ' until ' + describe(membership.end) : ''), x, barWidth, y + 6, ROW_HEIGHT - 12, 'bar-label'));
      layers.rows.append(bar);
    }
    y += ROW_HEIGHT;
  }

  // Presidency terms: the band runs to the actual end; a dashed frame shows the planned term.
  layers.rows.append(label('Presidency', y, TERM_HEIGHT - 14, null, 'strong'));
  for (const term of history.terms) {
    const start = clamp(firstDay(term.start));
    const open = !term.ends_on;
    const end = open ? range.to : clamp(lastDay(term.ends_on));
    const x = xOf(start);
    const bandWidth = Math.max(2, xOf(end + 1) - x);
    const holder = term.holder ? (term.holder.name || term.holder.id) : 'holder not recorded';
    const title = 'Presidency of ' + stateName(term.state) + ': ' + holder + ', from ' + describe(term.start)
      + (open ? ', still in office' : ' to ' + term.ends_on)
      + (term.planned_end ? '; planned end ' + term.planned_end : '');
    const parts = [svg('rect', {class: 'band', x, y: y + 6, width: bandWidth, height: 30, rx: 3})];
    if (open) {
      parts.push(svg('path', {class: 'open-end', d: 'M' + (x + bandWidth) + ' ' + (y + 6) + ' l10 15 l-10 15 z'}));
    }
    if (term.planned_end) {
      const plannedX = xOf(lastDay(term.planned_end) + 1);
      parts.push(svg('rect', {class: 'planned', x, y: y + 2, width: Math.max(2, plannedX - x), height: 38, rx: 4}));
      parts.push(svg('text', {class: 'planned-label', x: plannedX, y: y + TERM_HEIGHT - 4, 'text-anchor': 'end'},
        'planned end ' + term.planned_end));
    }
    parts.push(...clippedText(holder + ' · ' + stateName(term.state), x, bandWidth, y + 6, 30, 'band-label'));
    layers.rows.append(focusable({class: 'term ' + stateClass(term.state) + (open ? ' open' : ''), 'data-kind': 'presidency',
      'data-start': term.start}, title, () => handlers.open('presidency', term), ...parts));
  }
  y += TERM_HEIGHT;

  // Meetings: a point each, or a capsule over the days of a meeting that lasted several, with the place under it
  // when there is room (and the number of days, which a capsule two days wide cannot show by itself).
  layers.rows.append(label('Meetings', y, 24, null, 'strong'));
  if (history.meetingCounts) {
    drawCounts(history.meetingCounts);
  }
  let lastLabelX = -Infinity;
  for (const meeting of history.meetings) {
    const first = clamp(anchorDay(meeting.date));
    const x = xOf(first) + perDay / 2;
    const days = meeting.end_date ? lastDay(meeting.end_date) - anchorDay(meeting.date) + 1 : 1;
    const title = describe(meeting.date) + (meeting.end_date ? ' to ' + describe(meeting.end_date) : '') + ' · '
      + (meeting.title || meeting.kind) + (meeting.place ? ' · ' + meeting.place : '');
    let shape;
    if (meeting.end_date) {
      const width = Math.max(16, xOf(clamp(lastDay(meeting.end_date)) + 1) - xOf(first));
      shape = svg('rect', {class: 'meeting-span', x: Math.min(xOf(first), x - 8), y: y + 4, width, height: 16, rx: 8});
    } else {
      shape = svg('circle', {cx: x, cy: y + 12, r: 8});
    }
    layers.rows.append(focusable({class: 'meeting', 'data-kind': 'meeting', 'data-id': meeting.id,
      'data-days': days > 1 ? days : null}, title, () => handlers.open('meeting', meeting), shape));
    if (meeting.place && x - lastLabelX >= MIN_LABEL_GAP) {
      layers.rows.append(svg('text', {class: 'point-label', x, y: y + 36, 'text-anchor': 'middle', 'aria-hidden': 'true'},
        meeting.place.split(',')[0] + (days > 1 ? ' · ' + days + ' days' : '')));
      lastLabelX = x;
    }
  }
  y += MEETING_HEIGHT + (history.meetingCounts ? 8 : 0);

  // Too many meetings to draw one by one: a bar per period, as tall as the period holds meetings, that lists them.
  function drawCounts(counts) {
    let most = 1;
    for (const count of counts.items) {
      most = Math.max(most, count.meetings);
    }
    const unit = counts.period;
    for (const count of counts.items) {
      const text = periodText(count, unit);
      const x = xOf(clamp(firstDay(text)));
      const barWidth = Math.max(1, xOf(clamp(lastDay(text)) + 1) - x - 1);
      const barHeight = Math.max(2, Math.round(30 * count.meetings / most));
      const title = count.meetings + (count.meetings === 1 ? ' meeting in ' : ' meetings in ') + describe(text);
      layers.rows.append(focusable({class: 'meeting-count', 'data-kind': 'meeting-count', 'data-period': text,
        'data-meetings': count.meetings}, title, () => handlers.open('meetings', {period: text, meetings: count.meetings}),
      svg('rect', {x, y: y + 34 - barHeight, width: barWidth, height: barHeight})));
    }
    layers.rows.append(svg('text', {class: 'point-label', x: plotLeft, y: y + 44, 'aria-hidden': 'true'},
      'meetings per ' + unit + ' (too many to draw one by one): choose a bar to list them'));
  }

  // Action plans: a row each; a mark per status change, a line for the time spent in each status.
  if (history.plans.length > 0) {
    header('Action plans');
  }
  for (const plan of history.plans) {
    layers.rows.append(label(plan.title, y, PLAN_HEIGHT - 12, plan.title));
    const events = history.planEvents.filter(e => e.plan === plan.id).sort((a, b) => anchorDay(a.date) - anchorDay(b.date));
    // A mark on the day the date names (an "on or before" date: its last), a bracket over the span it may fall in.
    const markX = event => xOf(clamp(anchorDay(event.date))) + perDay / 2;
    // Labels from the latest change backwards: when two are too close, the later status is the one named.
    let planLabelX = Infinity;
    events.forEach((event, index) => {
      const x = markX(event);
      const next = events[index + 1];
      const segmentEnd = next ? markX(next) - perDay / 2 : xOf(range.to);
      layers.rows.append(svg('line', {class: 'status-line status-' + event.status, x1: x, x2: segmentEnd, y1: y + 12, y2: y + 12}));
      if (isImprecise(event.date)) {
        layers.rows.append(spanOf(event.date, y + 5, 14));
      }
      const title = plan.title + ': ' + event.status.replace('_', ' ') + ' ' + dated(event.date);
      layers.rows.append(focusable({class: 'plan-event status-' + event.status, 'data-kind': 'plan-event',
        'data-plan': plan.id, 'data-status': event.status, 'data-date': event.date}, title,
      () => handlers.open('plan-event', {plan, event}),
      svg('path', {d: 'M' + x + ' ' + (y + 3) + ' l9 9 l-9 9 l-9 -9 z'})));
    });
    for (const event of [...events].reverse()) {
      const x = markX(event);
      if (planLabelX - x >= MIN_LABEL_GAP) {
        layers.rows.append(svg('text', {class: 'point-label', x, y: y + 34, 'text-anchor': 'middle', 'aria-hidden': 'true'},
          event.status.replace('_', ' ')));
        planLabelX = x;
      }
    }
    y += PLAN_HEIGHT;
  }
  const height = y + 8;
  background.setAttribute('height', height);

  // The axis: years, and months when there is room for their names.
  const perMonth = perDay * 30.4;
  const yearStep = [1, 2, 5, 10, 20, 50, 100].find(step => step * perMonth * 12 >= 40) || 100;
  const [firstYear, firstMonth] = yearMonth(range.from);
  for (let year = firstYear, month = firstMonth; ; month++) {
    if (month > 12) {
      month = 1;
      year++;
    }
    const day = Date.UTC(year, month - 1, 1) / 86400000;
    if (day > range.to) {
      break;
    }
    if (day < range.from) {
      continue;
    }
    const x = xOf(day);
    if (month === 1) {
      // Over decades the years would overlap: then every second, fifth or tenth is named and drawn.
      if (year % yearStep === 0) {
        layers.grid.append(svg('line', {class: 'year-line', x1: x, x2: x, y1: 22, y2: height}));
        layers.grid.append(svg('text', {class: 'year-label', x: x + 4, y: 34}, String(year)));
      }
    } else if (perMonth >= 3) {
      layers.grid.append(svg('line', {class: 'month-tick', x1: x, x2: x, y1: 38, y2: AXIS_HEIGHT}));
      if (perMonth >= 34) {
        layers.grid.append(svg('text', {class: 'month-label', x: x + 3, y: 47}, MONTHS[month - 1]));
      }
    }
  }
  const todayX = xOf(firstDay(history.today)) + perDay / 2;
  layers.grid.append(svg('line', {class: 'today-line', x1: todayX, x2: todayX, y1: AXIS_HEIGHT, y2: height}));
  layers.grid.append(svg('text', {class: 'today-label', x: todayX + 4, y: height - 2}, 'today'));

  const cursorLine = svg('line', {x1: 0, x2: 0, y1: 0, y2: height});
  const cursorBox = svg('rect', {x: 0, y: 0, width: 84, height: 18, rx: 3});
  const cursorText = svg('text', {x: 0, y: 13, 'text-anchor': 'middle'});
  layers.cursor.append(cursorLine, cursorBox, cursorText);

  element.replaceChildren(background, layers.grid, layers.rows, layers.cursor);
  element.setAttribute('width', plotRight + RIGHT_PAD);
  element.setAttribute('height', height);
  element.setAttribute('viewBox', '0 0 ' + (plotRight + RIGHT_PAD) + ' ' + height);

  // Pointing or dragging on the plot moves the cursor; points, bands and marks open their details instead.
  let dragging = false;
  const dayOfEvent = event => dayAt(event.clientX - element.getBoundingClientRect().left);
  background.addEventListener('pointerdown', event => {
    dragging = true;
    background.setPointerCapture(event.pointerId);
    handlers.moveCursor(dayOfEvent(event));
  });
  background.addEventListener('pointermove', event => {
    if (dragging) {
      handlers.moveCursor(dayOfEvent(event));
    }
  });
  background.addEventListener('pointerup', () => { dragging = false; });
  background.addEventListener('pointercancel', () => { dragging = false; });

  return {
    setCursor(day) {
      const x = xOf(day) + perDay / 2;
      const boxX = Math.min(plotRight - 42, Math.max(plotLeft + 42, x));
      cursorLine.setAttribute('x1', x);
      cursorLine.setAttribute('x2', x);
      cursorBox.setAttribute('x', boxX - 42);
      cursorText.setAttribute('x', boxX);
      cursorText.textContent = iso(day);
    },
  };
}

function rank(rotation, state) {
  const index = rotation.indexOf(state);
  return index < 0 ? rotation.length : index;
}

// A colour per state, the same in the member bars and the presidency bands: by rotation order, then by code.
function stateClasses(history) {
  const order = [...(history.confederation.rotation || [])];
  [...history.memberships.map(m => m.state), ...history.terms.map(t => t.state)].sort().forEach(code => {
    if (!order.includes(code)) {
      order.push(code);
    }
  });
  return code => 'state-' + (order.indexOf(code) % 6);
}
