// The panel beside the timeline: who the members were, who presided, and where each plan stood on the
// cursor's date, asked of the API's "?at=" routes. A newer date cancels the question still on its way.
// An answer the API marks uncertain (format version 2: "certain": false) says so, with the reasons it gives.
// When the page reads the registry as recorded at an earlier instant (api.js asks every read so), the heading says so.
import {el, replace} from './dom.js';
import {ApiProblem, get, q, recordedAt} from './api.js';
import {describeRecorded} from './recorded.js';
import {describe, since} from './dates.js';
import {disputed, uncertainty} from './citations.js';

let pending = null;

export async function showAsOf(panel, history, date) {
  if (pending) {
    pending.abort();
  }
  const controller = new AbortController();
  pending = controller;
  const code = q(history.confederation.code);
  const at = '?at=' + q(date);
  panel.setAttribute('aria-busy', 'true');
  try {
    const [members, presidency, plans] = await Promise.all([
      get('/api/confederations/' + code + '/members' + at, controller.signal),
      get('/api/confederations/' + code + '/presidency' + at, controller.signal).catch(error => {
        if (error instanceof ApiProblem && error.status === 404) {
          return null;
        }
        throw error;
      }),
      get('/api/action-plans?confederation=' + code + '&limit=500&at=' + q(date), controller.signal),
    ]);
    // The values other sources give for the presidency's start, holder or state, read before anything is shown.
    const presidencyDisputes = presidency
      ? await Promise.all(['start', 'holder', 'state'].map(field => disputed(presidency, field))) : [];
    if (!controller.signal.aborted) {
      render(panel, history, date, members, presidency, presidencyDisputes, plans.items);
    }
  } catch (error) {
    if (error.name !== 'AbortError') {
      replace(panel.querySelector('.as-of-body'), el('p', {class: 'error', role: 'alert'}, 'Could not ask about ' + date + ': ' + error.message));
    }
  } finally {
    if (pending === controller) {
      pending = null;
      panel.removeAttribute('aria-busy');
    }
  }
}

function render(panel, history, date, members, presidency, presidencyDisputes, plans) {
  const name = code => history.stateNames.get(code) || code;
  const label = recordLabel(name);
  panel.querySelector('.as-of-date').textContent = date;
  const recorded = recordedAt();
  panel.querySelector('.as-of-recorded').textContent = recorded ? ' as recorded ' + describeRecorded(recorded) : '';
  const memberList = members.items.length === 0
    ? el('p', {class: 'muted'}, 'No member state on this date.')
    : el('ul', {id: 'as-of-members'}, members.items.map(m =>
      el('li', {'data-state': m.state}, name(m.state), el('span', {class: 'muted'}, ' ' + since(m.start)))));
  let presidencyBlock;
  if (presidency) {
    const holder = presidency.holder ? (presidency.holder.name || presidency.holder.id) : 'holder not recorded';
    presidencyBlock = el('div', {id: 'as-of-presidency'},
      el('p', {class: 'presidency-line'}, el('strong', {}, name(presidency.state)), ' / ', holder),
      el('p', {class: 'muted'}, since(presidency.start)
        + (presidency.planned_end ? '; planned end ' + presidency.planned_end : '')
        + (presidency.ends_on ? '; ended ' + presidency.ends_on : '; still in office')),
      presidencyDisputes.filter(Boolean).map(note => el('p', {class: 'presidency-disputes'}, note)),
      uncertainty(presidency, label));
  } else {
    presidencyBlock = el('p', {id: 'as-of-presidency', class: 'muted'}, 'No presidency term covers this date.');
  }
  const planList = plans.length === 0
    ? el('p', {class: 'muted'}, 'No action plan recorded.')
    : el('ul', {id: 'as-of-plans'}, plans.map(plan => el('li', {'data-plan': plan.id, 'data-certain': String(plan.certain !== false)},
      el('span', {class: 'plan-title'}, plan.title), ': ',
      plan.status
        ? el('span', {class: 'status status-' + plan.status}, plan.status.replace('_', ' '))
        : el('span', {class: 'muted'}, 'no status recorded yet'),
      plan.status_date ? el('span', {class: 'muted'}, ' ' + since(plan.status_date)) : null,
      uncertainty(plan, label))));
  replace(panel.querySelector('.as-of-body'),
    el('h3', {}, 'Members (' + members.items.length + ')'), uncertainty(members, label), memberList,
    el('h3', {}, 'Presidency'), presidencyBlock,
    el('h3', {}, 'Action plans'), planList);
}

// A record the API names by its type and key, in words: "the validated status change", "Mali's membership".
function recordLabel(name) {
  return ({type, key}) => {
    if (type === 'plan_event') {
      return 'the ' + key[1].replace('_', ' ') + ' status change';
    }
    if (type === 'membership') {
      return name(key[1]) + '’s membership';
    }
    if (type === 'presidency') {
      return 'the presidency term from ' + describe(key[1]);
    }
    return type.replace(/_/g, ' ') + ' ' + key.join(' · ');
  };
}
