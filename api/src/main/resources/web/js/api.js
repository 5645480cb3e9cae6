// The JSON routes of the API, as the page uses them. Errors come back as problem+json (RFC 9457);
// they are thrown as ApiProblem so that a form can show each one beside the field it names.
// Every read goes through exchange(), which asks it "as recorded" at the instant the page is set to (setRecorded).

export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || ('HTTP ' + status));
    this.status = status;
    this.title = problem.title || ('HTTP ' + status);
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }
}

// The instant the page reads the registry at ("2026-03-02": the end of that day, UTC, or an ISO instant), or null:
// the registry as it stands.
let recorded = null;

/** Every read from now on asks the registry as it stood at this instant or day; null or '': as it stands. */
export function setRecorded(value) {
  recorded = value || null;
}

/** The instant or day the page reads the registry at, or null. */
export function recordedAt() {
  return recorded;
}

// The change log and a record's history are the record of time themselves: they are not asked "as recorded".
const ABOUT_TIME = /^\/api\/(changes|[^?]*\/history)(\?|$)/;

/** A read route's path with recorded= added when the page reads the registry as recorded; any other path as it is. */
export function withRecorded(path) {
  if (!recorded || !path.startsWith('/api/') || ABOUT_TIME.test(path)) {
    return path;
  }
  return path + (path.includes('?') ? '&' : '?') + 'recorded=' + encodeURIComponent(recorded);
}

async function request(path, options) {
  return (await exchange(path, options)).body;
}

/** A request whose answer's version matters too: {body, etag}; a refusal is thrown as ApiProblem. */
export async function exchange(path, options) {
  let response;
  const read = !options || !options.method || options.method === 'GET';
  try {
    response = await fetch(read ? withRecorded(path) : path, Object.assign({headers: {Accept: 'application/json'}}, options));
  } catch (error) {
    if (error.name === 'AbortError') {
      throw error;
    }
    throw new ApiProblem(0, {title: 'No answer', detail: 'The server did not answer. Is confed serve still running?'});
  }
  const type = response.headers.get('Content-Type') || '';
  const body = type.includes('json') ? await response.json() : null;
  if (!response.ok) {
    throw new ApiProblem(response.status, body || {title: 'HTTP ' + response.status});
  }
  return {body, etag: response.headers.get('ETag')};
}

export function get(path, signal) {
  return request(path, {signal});
}

/** Every item of a paged list, following next_cursor. */
export async function all(path) {
  const items = [];
  let cursor = null;
  do {
    const separator = path.includes('?') ? '&' : '?';
    const page = await get(path + separator + 'limit=500' + (cursor ? '&cursor=' + encodeURIComponent(cursor) : ''));
    for (const item of page.items) {
      items.push(item);
    }
    cursor = page.next_cursor || null;
  } while (cursor);
  return items;
}

export function postJson(path, body, token) {
  return request(path, {
    method: 'POST',
    headers: {Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Bearer ' + token},
    body: JSON.stringify(body),
  });
}

export const q = encodeURIComponent;
