// A reference picked by searching: a text field (ARIA 1.2 combobox) whose list offers the records matching
// what is typed. Arrow keys move in the list, Enter or a click picks (the field then holds the record's key),
// Escape closes it. A key may also be typed whole.
import {el, replace} from './dom.js';
import {all, get, q} from './api.js';

let count = 0;

/**
 * The picker's input and its list, to place after a label for the input.
 * @param input  the text input (its id and aria-describedby already set)
 * @param target the referenced type, from schema.js (collection, keyField, searchParam)
 */
export function makePicker(input, target) {
  const listId = input.id + '-options';
  const list = el('ul', {id: listId, role: 'listbox', class: 'picker-options', 'aria-label': 'Matching records'});
  const status = el('p', {class: 'visually-hidden', role: 'status'});
  list.hidden = true;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('autocomplete', 'off');
  let options = [];
  let active = -1;
  let asked = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = index => {
    active = index;
    options.forEach((option, i) => option.node.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].node.id);
      options[index].node.scrollIntoView({block: 'nearest'});
    }
  };
  const pick = option => {
    input.value = option.key;
    close();
    input.dispatchEvent(new Event('change', {bubbles: true}));
  };
  const show = async () => {
    const text = input.value.trim();
    const question = ++asked;
    let found = [];
    try {
      found = text === '' ? [] : await search(target, text);
    } catch (error) {
      status.textContent = 'The search failed: ' + error.message;
      return;
    }
    if (question !== asked || document.activeElement !== input) {
      return; // a newer search is on its way, or the person has moved on
    }
    options = found.slice(0, 12).map((record, i) => ({
      key: record.key,
      node: el('li', {id: listId + '-' + (++count), role: 'option', 'aria-selected': 'false', 'data-key': record.key},
        record.label ? el('span', {}, record.label) : null, el('span', {class: 'muted'}, ' ' + record.key)),
    }));
    options.forEach(option => option.node.addEventListener('mousedown', event => {
      event.preventDefault(); // keeps the focus in the field
      pick(option);
    }));
    replace(list, options.map(option => option.node));
    status.textContent = text === '' ? '' : options.length + (options.length === 1 ? ' match' : ' matches');
    list.hidden = options.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    highlight(-1);
  };

  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(show, 250); // one search per pause in typing: the search route is rate-limited
  });
  input.addEventListener('keydown', event => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) {
        show();
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault(); // picks, rather than submitting the form
      pick(options[active]);
    } else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', () => {
    clearTimeout(timer);
    close();
  });
  return el('div', {class: 'picker-box'}, input, list, status);
}

// Records of a type whose key, name, label or title holds the words typed, accents and case aside. A list
// route that searches (meetings: ?q=) is asked; the others are read whole once and searched here.
const cache = new Map();

async function search(target, text) {
  let records;
  if (target.searchParam) {
    records = (await get(target.collection + '?limit=50&' + target.searchParam + '=' + q(text))).items;
    const byKey = await readAll(target).catch(() => []);
    records = records.concat(byKey.filter(record => plain(String(record[target.keyField])).includes(plain(text))));
  } else {
    records = (await readAll(target)).filter(record => plain(described(record, target)).includes(plain(text)));
  }
  const seen = new Set();
  return records.filter(record => !seen.has(record[target.keyField]) && seen.add(record[target.keyField]))
    .map(record => ({key: String(record[target.keyField]), label: label(record)}));
}

function readAll(target) {
  if (!cache.has(target.collection)) {
    const reading = all(target.collection);
    cache.set(target.collection, reading);
    reading.catch(() => cache.delete(target.collection));
  }
  return cache.get(target.collection);
}

/** Forgets what was read, after a write: a new record must be found. */
export function forgetRecords() {
  cache.clear();
}

function label(record) {
  const name = record.name || record.label || record.title || '';
  return record.date ? record.date + ' · ' + name : name;
}

function described(record, target) {
  return record[target.keyField] + ' ' + label(record);
}

function plain(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
