// What the sources say about a record (format version 2): its citations, each a source id or
// {"source", "quote", "locator", "fields"}; the values other sources give ("disputes"); and why an "as of" answer
// is uncertain. Shown beside the facts they bear on, so that a reader sees what rests on what.
import {el, safeHref} from './dom.js';
import {record} from './model.js';
import {q} from './api.js';
import {describe} from './dates.js';

/** A citation as an object, whether the API gave a plain source id or a citation. */
function citation(item) {
  return typeof item === 'string' ? {source: item} : item;
}

/** The source's record, or just its id when it cannot be read. */
function source(id) {
  return record('/api/sources/' + q(id)).catch(() => ({id}));
}

/** A link to the source: to its URL when it has one, else to its record in the API. */
function sourceLink(id, found, words) {
  return el('a', {href: safeHref(found.url) || '/api/sources/' + q(id), class: 'source-link', rel: 'noopener noreferrer'}, words);
}

/**
 * The "Sources" block: one item per source, in the order first cited, each with the passages the record cites
 * (quote, where in the source, which fields it supports); a source cited with no passage shows its excerpt.
 */
export async function sources(items) {
  if (!items || items.length === 0) {
    return el('p', {class: 'muted'}, 'No source recorded.');
  }
  const bySource = new Map();
  for (const item of items.map(citation)) {
    bySource.set(item.source, [...(bySource.get(item.source) || []), item]);
  }
  const list = await Promise.all([...bySource].map(async ([id, citations]) => {
    const found = await source(id);
    const words = [found.publisher || found.id];
    if (found.title) {
      words.push('“' + found.title + '”');
    }
    if (found.published) {
      words.push(found.published);
    }
    if (found.reference) {
      words.push(found.reference);
    }
    const passages = citations.filter(c => c.quote || c.locator || (c.fields && c.fields.length > 0))
      .map(c => passage(c, found.language));
    return el('li', {class: 'source', 'data-source': id}, sourceLink(id, found, words.join(', ')),
      found.url ? null : el('span', {class: 'muted'}, ' (no web address recorded: the link opens the record)'),
      passages.length > 0 ? passages : (found.excerpt ? el('blockquote', {}, found.excerpt) : null));
  }));
  return el('div', {}, el('h4', {}, 'Sources'), el('ul', {class: 'sources'}, list));
}

// One cited passage: the source's own words, in its language, then where they are and what they support.
function passage(c, language) {
  const where = [c.locator ? 'at ' + c.locator : null,
    c.fields && c.fields.length > 0 ? 'supports: ' + c.fields.join(', ') : null].filter(Boolean);
  return el('div', {class: 'citation'},
    c.quote ? el('blockquote', {class: 'quote', lang: language || null}, c.quote) : null,
    where.length > 0 ? el('p', {class: 'citation-note muted'}, where.join(' · ')) : null);
}

/** The other values sources give for one field of a record, each with its sources as links; null when none. */
export async function disputed(item, field) {
  const disputes = ((item && item.disputes) || []).filter(d => d.field === field);
  if (disputes.length === 0) {
    return null;
  }
  const notes = await Promise.all(disputes.map(async d => {
    const links = await Promise.all((d.sources || []).map(citation).map(async c => {
      const found = await source(c.source);
      return sourceLink(c.source, found, found.publisher || c.source);
    }));
    return el('span', {class: 'dispute', 'data-field': field},
      'disputed: ', el('span', {class: 'dispute-value'}, shown(d.value)), ' according to ',
      links.flatMap((link, index) => index === 0 ? [link] : [', ', link]),
      d.note ? el('span', {class: 'muted'}, ' (' + d.note + ')') : null);
  }));
  return el('span', {class: 'disputes'}, notes.flatMap(note => [' · ', note]));
}

function shown(value) {
  return typeof value === 'string' && /^(\.\.|\d{4})/.test(value) ? describe(value) : String(value);
}

/**
 * Why an "as of" answer could be otherwise: null when the API says it is certain, else a note listing each
 * reason it gives (a record's date known only as a span that takes in the day, or another source's value).
 * label(recordRef) names the record for a reader.
 */
export function uncertainty(answer, label) {
  if (!answer || answer.certain !== false) {
    return null;
  }
  const reasons = (answer.uncertain || []).map(item => {
    const what = 'the ' + item.field.replace(/_/g, ' ') + ' of ' + label(item.record);
    return el('li', {'data-because': item.because}, item.because === 'dispute'
      ? 'another source gives ' + what + ' as ' + shown(item.value)
      : what + ' is known only as “' + shown(item.value) + '”, a span that takes in this day');
  });
  return el('div', {class: 'uncertain'},
    el('p', {}, el('strong', {class: 'uncertain-flag'}, 'Uncertain'), reasons.length > 0 ? ': the answer could differ because' : ''),
    reasons.length > 0 ? el('ul', {}, reasons) : null);
}
