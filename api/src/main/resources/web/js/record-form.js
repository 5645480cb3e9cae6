// Entering and editing a record of any type, in a form built from the type's schema (schema.js, fields.js).
// The API checks everything; each problem it reports is shown beside the field it names. An edit sends the
// version it read (If-Match): when the record changed since, the API answers 412 and the form offers a reload.
import {el, replace} from './dom.js';
import {ApiProblem, exchange, q} from './api.js';
import {isDate, loadTypes, words} from './schema.js';
import {build, pathOf} from './fields.js';
import {forgetRecords, makePicker} from './picker.js';

export async function setUpRecordForm(section, callbacks) {
  const typeSelect = section.querySelector('#record-type');
  const editBox = section.querySelector('#record-edit');
  const editField = section.querySelector('#record-edit-field');
  const form = section.querySelector('#record-form');
  const title = form.querySelector('#record-form-title');
  const route = form.querySelector('#record-route');
  const fields = form.querySelector('#record-fields');
  const summary = form.querySelector('#record-summary');
  const token = document.getElementById('token');
  const state = {type: null, root: null, key: null, etag: null};
  let types;
  try {
    types = await loadTypes();
  } catch (error) {
    replace(summary, 'The record types could not be read: ' + error.message);
    return;
  }
  replace(typeSelect, types.types.map(type => el('option', {value: type.name}, words(type.name))));
  typeSelect.value = types.byName.has('meeting') ? 'meeting' : types.types[0].name;

  // A new, empty form for the chosen type; the one to edit is picked by searching its collection.
  const start = () => {
    const type = types.byName.get(typeSelect.value);
    state.type = type;
    state.root = build(type.schema, type.name, 'rf', 'The ' + type.name.replace(/_/g, ' '), true, types);
    state.root.node.classList.add('record-root');
    replace(fields, state.root.node);
    editBox.hidden = !type.collection;
    if (type.collection) {
      const input = el('input', {id: 'record-edit-key', type: 'text', 'aria-describedby': 'record-edit-help'});
      replace(editField, el('label', {for: 'record-edit-key'}, 'A ' + type.name.replace(/_/g, ' ') + ' to edit'),
        makePicker(input, type));
    }
    route.textContent = type.itemPath
      ? 'Saved with PUT ' + type.itemPath + '; a record with the same ' + type.keyField + ' is replaced.'
      : 'Saved through the import (POST ' + type.importPath + '); a record with the same '
        + type.keyFields.join(', ') + ' is replaced.';
    fresh();
  };
  const fresh = () => {
    state.key = null;
    state.etag = null;
    state.root.set(undefined);
    keyInput().readOnly = false;
    title.textContent = 'New ' + state.type.name.replace(/_/g, ' ');
    clearErrors();
  };
  const keyInput = () => (state.type.keyField && state.root.children.get(state.type.keyField).input) || {};

  const load = async key => {
    clearErrors();
    try {
      const answer = await exchange(state.type.itemPath.replace(/\{[^}]+\}$/, q(key)));
      state.root.set(answer.body);
      state.key = key;
      state.etag = answer.etag;
      keyInput().readOnly = true; // another key would be another record
      title.textContent = 'Edit ' + state.type.name.replace(/_/g, ' ') + ' ' + key;
      const first = fields.querySelector('input:not([readonly]), select, textarea');
      (first || title).focus();
    } catch (error) {
      say('error', 'Could not load ' + key + ': ' + error.message);
    }
  };

  typeSelect.addEventListener('change', start);
  section.querySelector('#record-load').addEventListener('click', () => {
    const key = section.querySelector('#record-edit-key').value.trim();
    if (key) {
      load(key);
    }
  });
  section.querySelector('#record-new').addEventListener('click', () => {
    fresh();
    fields.querySelector('input, select, textarea').focus();
  });

  form.addEventListener('submit', async event => {
    event.preventDefault();
    clearErrors();
    const type = state.type;
    const record = Object.assign({type: type.name}, state.root.get());
    const headers = {Accept: 'application/json'};
    if (token.value.trim() !== '') {
      headers.Authorization = 'Bearer ' + token.value.trim();
    }
    let path;
    let body;
    if (type.itemPath) {
      const key = record[type.keyField];
      if (!key) {
        showErrors([{field: type.keyField, message: 'is required: it names the record'}]);
        return;
      }
      path = type.itemPath.replace(/\{[^}]+\}$/, q(key));
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(record);
      if (state.etag && key === state.key) {
        headers['If-Match'] = state.etag;
      }
    } else {
      path = type.importPath;
      headers['Content-Type'] = 'application/x-ndjson';
      body = JSON.stringify(record) + '\n';
    }
    const submit = form.querySelector('button[type=submit]');
    submit.disabled = true;
    try {
      const answer = await exchange(path, {method: type.itemPath ? 'PUT' : 'POST', headers, body});
      if (type.itemPath) {
        state.key = record[type.keyField];
        state.etag = answer.etag;
        keyInput().readOnly = true;
        title.textContent = 'Edit ' + type.name.replace(/_/g, ' ') + ' ' + state.key;
      }
      say('ok', 'Saved: ' + type.name.replace(/_/g, ' ') + ' ' + keyOf(type, record) + '.');
      forgetRecords();
      callbacks.saved(dateOf(type, record));
    } catch (error) {
      showProblem(error);
    } finally {
      submit.disabled = false;
    }
  });

  function showProblem(error) {
    if (!(error instanceof ApiProblem)) {
      say('error', 'Nothing was saved: ' + error.message);
      return;
    }
    if (error.status === 412) {
      const reload = el('button', {type: 'button', id: 'record-reload'}, 'Reload the record');
      reload.addEventListener('click', () => load(state.key));
      say('error', el('strong', {}, 'Someone else changed this record'),
        ' after you loaded it, so nothing was saved (', error.message, '). Reload it to see the stored version; ',
        'what you typed here is then replaced. ', reload);
      reload.focus();
      return;
    }
    say('error', el('strong', {}, error.title), ': ', error.message.replace(/\.$/, ''), '. Nothing was saved.');
    showErrors(error.errors);
  }

  function showErrors(errors) {
    let first = null;
    for (const problem of errors) {
      const message = problem.message.replace(/^line \d+: /, '');
      if (problem.field === 'Authorization') {
        token.setAttribute('aria-invalid', 'true');
        document.getElementById('token-error').textContent = message;
        summary.append(el('span', {class: 'other-field'}, ' API token: ' + message + '.'));
        first = first || token;
        continue;
      }
      const part = state.root.find(pathOf(problem.field, state.type.name), message);
      if (part && part !== state.root) {
        first = first || part.show(message);
      } else {
        summary.append(el('span', {class: 'other-field'}, ' ' + problem.field + ': ' + message + '.'));
      }
    }
    (first || summary).focus();
  }

  function say(kind, ...message) {
    summary.className = 'form-summary ' + kind;
    replace(summary, ...message);
  }

  function clearErrors() {
    say('');
    for (const error of section.querySelectorAll('.field-error')) {
      replace(error);
    }
    for (const input of section.querySelectorAll('[aria-invalid]')) {
      input.removeAttribute('aria-invalid');
    }
    token.removeAttribute('aria-invalid');
    replace(document.getElementById('token-error'));
  }

  start();
}

function keyOf(type, record) {
  return type.keyFields.map(field => record[field]).filter(Boolean).join(' · ');
}

// The record's first date, for the timeline to move to.
function dateOf(type, record) {
  const field = Object.entries(type.schema.properties).find(([name, schema]) => isDate(schema) && record[name]);
  return field ? record[field[0]] : null;
}
