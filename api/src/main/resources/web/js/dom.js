// Building elements from data. Every text from the API goes through textContent (or an SVG <title>'s
// textContent), never through the HTML parser: a title such as "<img src=x onerror=...>" must show as text.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An HTML element: el('li', {class: 'x', 'data-id': 'y'}, 'text', child, ...).
 * Attributes whose value is null, undefined or false are left out; children that are strings become text nodes.
 */
export function el(tag, attributes, ...children) {
  return fill(document.createElement(tag), attributes, children);
}

/** An SVG element, same calling convention as el(). */
export function svg(tag, attributes, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attributes, children);
}

function fill(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return element;
}

/** Replaces an element's children. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, ...children);
}

/** Adds children, leaving out null and undefined (which the DOM's own append would show as "null"). */
export function append(element, ...children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Only http(s) links are followed: a source URL such as "javascript:..." is shown as text instead. */
export function safeHref(url) {
  if (typeof url !== 'string') {
    return null;
  }
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch (error) {
    return null;
  }
}
