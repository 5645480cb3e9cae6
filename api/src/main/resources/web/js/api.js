// The JSON routes of the API, as the page uses them. Errors come back as problem+json (RFC 9457);
// they are thrown as ApiProblem so that a form can show each one beside the field it names.

export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || ('HTTP ' + status));
    this.status = status;
    this.title = problem.title || ('HTTP ' + status);
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
  }
}

async function request(path, options) {
  return (await exchange(path, options)).body;
}

/** A request whose answer's version matters too: {body, etag}; a refusal is thrown as ApiProblem. */
export async function exchange(path, options) {
  let response;
  try {
    response = await fetch(path, Object.assign({headers: {Accept: 'application/json'}}, options));
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
    items.push(...page.items);
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
