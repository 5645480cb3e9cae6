// The record types as the server's OpenAPI document describes them (it is written from the domain's
// annotations): their fields, how each type is written, and where the records a field refers to are listed.
// The forms are built from this alone, so a type the server learns needs nothing on the page.
import {get} from './api.js';

let loaded = null;

/** {types: [type], byName: Map, resolve(schema)}; read once per page. */
export function loadTypes() {
  loaded = loaded || get('/openapi.json').then(read);
  loaded.catch(() => {
    loaded = null; // a failed read is tried again next time
  });
  return loaded;
}

function read(document) {
  const schemas = document.components.schemas;
  const resolve = schema => {
    let node = schema;
    while (node && node.$ref) {
      node = schemas[node.$ref.split('/').pop()];
    }
    return node || {};
  };
  const types = [];
  for (const [component, schema] of Object.entries(schemas)) {
    const name = schema.properties && schema.properties.type && schema.properties.type.enum;
    // A record type is a component whose "type" is one fixed name. The record comes first in the document;
    // the PUT bodies and the answers that expand a record (PersonView) come after it, and are not forms.
    if (!name || name.length !== 1 || component.endsWith('Body') || types.some(type => type.name === name[0])) {
      continue;
    }
    // the natural key's fields, which the document marks one by one
    const keyFields = Object.entries(schema.properties)
      .filter(([, field]) => (field.description || '').includes('Part of the natural key')).map(([field]) => field);
    types.push(Object.assign({name: name[0], component, schema, keyFields}, routes(document, component)));
  }
  return {types, byName: new Map(types.map(type => [type.name, type])), resolve};
}

// Where a type is written and listed: PUT /api/{collection}/{key} when its key is one field, else the import.
function routes(document, component) {
  for (const [path, operations] of Object.entries(document.paths)) {
    const body = operations.put && operations.put.requestBody;
    const schema = body && body.content && body.content['application/json'] && body.content['application/json'].schema;
    const ref = schema && schema.$ref ? schema.$ref.split('/').pop() : null;
    if (ref === component || ref === component + 'Body') {
      const collection = path.replace(/\/\{[^}]+\}$/, '');
      const list = document.paths[collection] && document.paths[collection].get;
      const params = list && list.parameters ? list.parameters.map(p => p.name) : [];
      return {
        itemPath: path,
        collection: list ? collection : null,
        keyField: path.match(/\{([^}]+)\}$/)[1],
        searchParam: params.includes('q') ? 'q' : null,
      };
    }
  }
  const importer = document.paths['/api/import'] && document.paths['/api/import'].post;
  const ndjson = importer && importer.requestBody && importer.requestBody.content['application/x-ndjson'];
  return {importPath: ndjson ? '/api/import' : null};
}

/** "end_date" → "End date". */
export function words(name) {
  const text = name.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** True for a date field: its pattern takes the open end "..". */
export function isDate(schema) {
  return typeof schema.pattern === 'string' && schema.pattern.includes('\\.\\.');
}
