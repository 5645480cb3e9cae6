// The panel beside the timeline: who the members were, who presided, and where each plan stood on the
// cursor's date, asked of the API's "?at=" routes. A newer date cancels the question still on its way.
import {el, replace} from './dom.js';
import {ApiProblem, get, q} from './api.js';

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
    render(panel, history, date, members.items, presidency, plans.items);
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

function render(panel, history, date, members, presidency, plans) {
  const name = code => history.stateNames.get(code) || code;
  panel.querySelector('.as-of-date').textContent = date;
  const memberList = members.length === 0
    ? el('p', {class: 'muted'}, 'No member state on this date.')
    : el('ul', {id: 'as-of-members'}, members.map(m =>
      el('li', {'data-state': m.state}, name(m.state), el('span', {class: 'muted'}, ' since ' + m.start))));
  let presidencyBlock;
  if (presidency) {
    const holder = presidency.holder ? (presidency.holder.name || presidency.holder.id) : 'holder not recorded';
    presidencyBlock = el('div', {id: 'as-of-presidency'},
      el('p', {class: 'presidency-line'}, el('strong', {}, name(presidency.state)), ' / ', holder),
      el('p', {class: 'muted'}, 'since ' + presidency.start
        + (presidency.planned_end ? '; planned end ' + presidency.planned_end : '')
        + (presidency.ends_on ? '; ended ' + presidency.ends_on : '; still in office')));
  } else {
    presidencyBlock = el('p', {id: 'as-of-presidency', class: 'muted'}, 'No presidency term covers this date.');
  }
  const planList = plans.length === 0
    ? el('p', {class: 'muted'}, 'No action plan recorded.')
    : el('ul', {id: 'as-of-plans'}, plans.map(plan => el('li', {'data-plan': plan.id},
      el('span', {class: 'plan-title'}, plan.title), ': ',
      plan.status
        ? el('span', {class: 'status status-' + plan.status}, plan.status.replace('_', ' '))
        : el('span', {class: 'muted'}, 'no status recorded yet'),
      plan.status_date ? el('span', {class: 'muted'}, ' since ' + plan.status_date) : null)));
  replace(panel.querySelector('.as-of-body'),
    el('h3', {}, 'Members (' + members.length + ')'), memberList,
    el('h3', {}, 'Presidency'), presidencyBlock,
    el('h3', {}, 'Action plans'), planList);
}
