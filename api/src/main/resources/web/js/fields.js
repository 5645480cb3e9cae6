// One generic form builder: the inputs for any schema of the OpenAPI document, nested objects and lists
// included. Each part answers get() (its value, undefined when empty), set(value), find(path, message)
// (the part an API error names) and show(message) (the error beside it).
import {el, replace} from './dom.js';
import {words} from './schema.js';
import {makePicker} from './picker.js';

/**
 * @param schema   the part's schema (may be a $ref or a oneOf)
 * @param name     the field's name in its record
 * @param id       the id of its input, unique in the page; nested parts add to it
 * @param label    what its label says
 * @param required whether the record needs it
 * @param context  {resolve, byName}: from schema.js
 */
export function build(schema, name, id, label, required, context) {
  const node = context.resolve(schema);
  if (node.oneOf) {
    // a citation is a source id or a citation object: the object says all the id does, and more
    const richest = node.oneOf.find(option => context.resolve(option).properties) || node.oneOf[0];
    return build(richest, name, id, label, required, context);
  }
  if (node.type === 'array' && node.items) {
    return list(node, name, id, label, context);
  }
  if (node.type === 'object' && node.properties) {
    return object(node, id, label, context);
  }
  if (node.type === 'object' && node.additionalProperties) {
    return names(node, id, label, required);
  }
  return scalar(node, id, label, required, context);
}

function scalar(schema, id, label, required, context) {
  const helpId = id + '-help';
  const errorId = id + '-error';
  // a disputed value may be a text, a list or an object: JSON for the last two
  const anyShape = schema.type === undefined || Array.isArray(schema.type);
  let input;
  if (schema.enum) {
    input = el('select', {id}, el('option', {value: ''}, required ? 'Choose…' : '(none)'),
      schema.enum.map(value => el('option', {value}, value.replace(/_/g, ' '))));
  } else if (schema.maxLength > 300) {
    input = el('textarea', {id, rows: schema.maxLength > 1000 ? 3 : 2, maxlength: schema.maxLength});
  } else {
    // no placeholder: an example in an empty field reads as a value
    input = el('input', {id, type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: schema.maxLength || null});
  }
  const target = schema['x-references'] && context.byName.get(schema['x-references']);
  // a reference is searched for, so the form of its key matters less than for a key typed whole
  const help = target && target.collection
    ? 'Type to search for the ' + target.name.replace(/_/g, ' ') + ', or type its key.'
    : [schema.description || null, anyShape ? 'A text, or a list or object written as JSON.' : null].filter(Boolean).join(' ');
  input.setAttribute('aria-describedby', (help ? helpId + ' ' : '') + errorId);
  if (required) {
    input.setAttribute('aria-required', 'true');
  }
  const labelNode = el('label', {for: id}, label, required ? el('span', {class: 'required'}, ' (required)') : null);
  const error = el('p', {id: errorId, class: 'field-error'});
  const part = {
    node: el('div', {class: 'field', 'data-field': id}, labelNode, target && target.collection ? makePicker(input, target) : input,
      help ? el('p', {id: helpId, class: 'help'}, help) : null, error),
    input,
    get() {
      const text = input.value.trim();
      if (text === '') {
        return undefined;
      }
      if (anyShape && /^[[{]/.test(text)) {
        try {
          return JSON.parse(text);
        } catch (ignored) {
          return text; // the API says what is wrong with it
        }
      }
      return text;
    },
    set(value) {
      input.value = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
    },
    find: () => part,
    scalars: () => [part],
    show(message) {
      input.setAttribute('aria-invalid', 'true');
      error.append(el('span', {}, message + ' '));
      return input;
    },
    setLabel(text) {
      labelNode.firstChild.textContent = text;
    },
  };
  return part;
}

// Names by language: one "fr: Mali" a line.
function names(schema, id, label, required) {
  const part = scalar({type: 'string', maxLength: 1001, description: 'One language a line: fr: Mali.'}, id, label, required, {byName: new Map()});
  part.get = () => {
    const entries = part.input.value.split('\n').map(line => line.split(':')).filter(pair => pair.length > 1)
      .map(([language, ...rest]) => [language.trim(), rest.join(':').trim()]);
    return entries.length === 0 ? undefined : Object.fromEntries(entries);
  };
  part.set = value => {
    part.input.value = value ? Object.entries(value).map(([language, text]) => language + ': ' + text).join('\n') : '';
  };
  return part;
}

function object(schema, id, label, context) {
  const required = new Set(schema.required || []);
  const children = new Map();
  for (const [field, fieldSchema] of Object.entries(schema.properties)) {
    if (field !== 'type') { // the record's type is the form's
      children.set(field, build(fieldSchema, field, id + '-' + field, words(field), required.has(field), context));
    }
  }
  const legend = el('legend', {}, label);
  const error = el('p', {id: id + '-error', class: 'field-error'});
  const part = {
    node: el('fieldset', {class: 'record-part', id}, legend, [...children.values()].map(child => child.node), error),
    children,
    get() {
      const value = {};
      for (const [field, child] of children) {
        const v = child.get();
        if (v !== undefined) {
          value[field] = v;
        }
      }
      return Object.keys(value).length === 0 ? undefined : value;
    },
    set(value) {
      // a plain text stands for its one required field: a citation written as its source's id
      const whole = typeof value === 'string' && required.size === 1 ? {[[...required][0]]: value} : value || {};
      for (const [field, child] of children) {
        child.set(whole[field]);
      }
    },
    find(path, message) {
      if (path.length === 0) {
        return part;
      }
      const child = children.get(path[0]);
      return child ? child.find(path.slice(1), message) : null;
    },
    scalars: () => [...children.values()].flatMap(child => child.scalars()),
    show(message) {
      error.append(el('span', {}, message + ' '));
      return part.node;
    },
    setLabel(text) {
      legend.textContent = text;
    },
  };
  return part;
}

function list(schema, name, id, label, context) {
  const itemRef = [schema.items, ...(context.resolve(schema.items).oneOf || [])].map(option => option.$ref).find(Boolean);
  // "Participant" from its component; "Topic" from "topics"
  const one = itemRef ? words(itemRef.split('/').pop()) : words(name.replace(/ies$/, 'y').replace(/s$/, ''));
  const rows = [];
  let made = 0;
  const items = el('ol', {class: 'rows'});
  const add = el('button', {type: 'button', class: 'secondary add'}, 'Add ' + one.toLowerCase());
  const legend = el('legend', {}, label);
  const error = el('p', {id: id + '-error', class: 'field-error'});
  const renumber = () => rows.forEach((row, i) => {
    row.item.setLabel(one + ' ' + (i + 1));
    row.remove.textContent = 'Remove ' + one.toLowerCase() + ' ' + (i + 1);
  });
  const append = value => {
    const item = build(schema.items, name, id + '-' + (++made), one, false, context);
    const remove = el('button', {type: 'button', class: 'secondary remove'});
    const row = {item, remove, node: el('li', {}, item.node, remove)};
    remove.addEventListener('click', () => {
      const at = rows.indexOf(row);
      rows.splice(at, 1);
      row.node.remove();
      renumber();
      (rows[at] ? rows[at].remove : add).focus(); // the focus stays nearby, not lost with the row
    });
    rows.push(row);
    items.append(row.node);
    item.set(value);
    renumber();
    return item;
  };
  add.addEventListener('click', () => {
    const item = append(undefined);
    const first = item.node.querySelector('input, select, textarea');
    if (first) {
      first.focus();
    }
  });
  const part = {
    node: el('fieldset', {class: 'record-list', id}, legend, items, add, error),
    get() {
      const values = rows.map(row => row.item.get()).filter(value => value !== undefined);
      return values.length === 0 ? undefined : values;
    },
    set(values) {
      rows.splice(0).forEach(row => row.node.remove());
      replace(items);
      (Array.isArray(values) ? values : []).forEach(append);
    },
    find(path, message) {
      if (typeof path[0] === 'number') { // the API counts items from 1
        const row = rows[path[0] - 1];
        return row ? row.item.find(path.slice(1), message) : part;
      }
      // "person nobody does not exist" names no item: the field holding that value, else the list
      const candidates = rows.flatMap(row => path.length === 0 ? row.item.scalars() : [row.item.find(path, message)]);
      const found = candidates.find(child => child && typeof child.get() === 'string'
        && new RegExp('(^|[^\\w-])' + escape(child.get()) + '($|[^\\w-])').test(message));
      return found || part;
    },
    scalars: () => rows.flatMap(row => row.item.scalars()),
    show(message) {
      error.append(el('span', {}, message + ' '));
      return add;
    },
    setLabel(text) {
      legend.textContent = text;
    },
  };
  return part;
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "meeting.participants[2].person" → ["participants", 2, "person"] (the type's name dropped). */
export function pathOf(field, type) {
  const parts = field.split('.');
  if (parts[0] === type) {
    parts.shift();
  }
  return parts.flatMap(part => {
    const match = part.match(/^([^[]+)\[(\d+)\]$/);
    return match ? [match[1], Number(match[2])] : [part];
  });
}
