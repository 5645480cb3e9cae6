// The form that records a plan status change (POST /api/action-plans/{id}/events). It shows only once a
// token is entered; the API checks everything, and each problem it names is shown beside its field.
import {el, replace} from './dom.js';
import {ApiProblem, get, postJson, q} from './api.js';

// Which input answers for which field of a problem's "errors" list.
const FIELDS = {
  Authorization: 'token',
  'plan_event.plan': 'plan',
  'plan_event.status': 'status',
  'plan_event.date': 'date',
  'plan_event.meeting': 'meeting',
  'plan_event.note': 'note',
  id: 'plan',
};

export function setUpStatusForm(form, callbacks) {
  const token = document.getElementById('token'); // shared with the record form
  const fields = form.querySelector('#status-fields');
  const summary = form.querySelector('#status-summary');

  token.addEventListener('input', () => {
    fields.hidden = token.value.trim() === '';
  });
  fields.hidden = token.value.trim() === '';

  loadStatuses(form.querySelector('#status'));

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors(form, summary);
    const plan = form.querySelector('#plan').value;
    const body = {
      status: form.querySelector('#status').value,
      date: form.querySelector('#date').value.trim(),
    };
    const meeting = form.querySelector('#meeting').value;
    const note = form.querySelector('#note').value.trim();
    if (meeting) {
      body.meeting = meeting;
    }
    if (note) {
      body.note = note;
    }
    const submit = form.querySelector('button[type=submit]');
    submit.disabled = true;
    try {
      const answer = await postJson('/api/action-plans/' + q(plan) + '/events', body, token.value.trim());
      summary.className = 'form-summary ok';
      replace(summary, 'Recorded: ' + answer.title + ' is ' + body.status.replace('_', ' ') + ' from ' + body.date + '.');
      callbacks.recorded(body.date);
    } catch (error) {
      showProblem(form, summary, error);
    } finally {
      submit.disabled = false;
    }
  });
}

/** Fills the plan and meeting choices for the confederation on show. */
export function offerChoices(form, history) {
  const plan = form.querySelector('#plan');
  const chosenPlan = plan.value;
  replace(plan, history.plans.map(p => el('option', {value: p.id}, p.title)));
  if (history.plans.some(p => p.id === chosenPlan)) {
    plan.value = chosenPlan;
  }
  const meeting = form.querySelector('#meeting');
  // Too many meetings to list: those the reader opens (on the timeline, in the search) are offered as they come.
  replace(meeting, el('option', {value: ''}, '(none)'), history.meetingCounts
    ? el('option', {value: '', disabled: ''}, '(open a meeting on the timeline or in the search to choose it)')
    : history.meetings.map(m => el('option', {value: m.id}, m.date + ' · ' + (m.title || m.id))));
}

/** Offers one more meeting to choose, once: one the reader opened. */
export function offerMeeting(form, meeting) {
  const select = form.querySelector('#meeting');
  if (![...select.options].some(option => option.value === meeting.id)) {
    select.append(el('option', {value: meeting.id}, meeting.date + ' · ' + (meeting.title || meeting.id)));
  }
}

/** The statuses the API accepts, as its OpenAPI document lists them: declared once, on the server. */
async function loadStatuses(select) {
  try {
    const document = await get('/openapi.json');
    const statuses = document.components.schemas.PlanEvent.properties.status.enum;
    replace(select, statuses.map(status => el('option', {value: status}, status.replace('_', ' '))));
  } catch (error) {
    replace(select, el('option', {value: ''}, 'statuses unavailable: ' + error.message));
  }
}

function clearErrors(form, summary) {
  summary.className = 'form-summary';
  replace(summary);
  for (const message of [...form.querySelectorAll('.field-error'), document.getElementById('token-error')]) {
    replace(message);
  }
  for (const input of form.querySelectorAll('[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
  }
  document.getElementById('token').removeAttribute('aria-invalid');
}

function showProblem(form, summary, error) {
  summary.className = 'form-summary error';
  if (!(error instanceof ApiProblem)) {
    replace(summary, 'Nothing was recorded: ' + error.message);
    return;
  }
  replace(summary, el('strong', {}, error.title), ': ', error.message.replace(/\.$/, ''), '. Nothing was recorded.');
  let first = null;
  for (const problem of error.errors) {
    const id = FIELDS[problem.field];
    const input = id ? document.getElementById(id) : null;
    if (!input) {
      summary.append(el('span', {class: 'other-field'}, ' ' + problem.field + ': ' + problem.message + '.'));
      continue;
    }
    input.setAttribute('aria-invalid', 'true');
    document.getElementById(id + '-error').append(el('span', {}, problem.message));
    first = first || input;
  }
  (first || summary).focus();
}
