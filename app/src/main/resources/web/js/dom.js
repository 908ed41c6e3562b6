// DOM helpers. Every piece of text from the store goes into the page through text nodes
// (document.createTextNode / textContent): article text is never parsed as HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Appends children: strings and numbers become text nodes, null/undefined/false are skipped. */
function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function setAttrs(node, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.setAttribute('class', v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else if (k === 'href') node.setAttribute('href', safeHref(v));
    else node.setAttribute(k, String(v));
  }
}

/** Only in-app links (#/...) and http(s) links are allowed as href. */
export function safeHref(v) {
  const s = String(v);
  if (s.startsWith('#') || /^https?:\/\//i.test(s)) return s;
  return '#/';
}

/** An HTML element: el('a', {href: '#/'}, 'text', child, ...). */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  setAttrs(node, attrs);
  return append(node, children);
}

/** An SVG element. */
export function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  return append(node, children);
}

/** Replaces the children of node. */
export function replace(node, ...children) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return append(node, children);
}

/** The bearer token, when the server needs one (given once as ?token=... in the page address). */
function token() {
  const params = new URLSearchParams(location.search);
  if (params.has('token')) {
    sessionStorage.setItem('storyline-token', params.get('token'));
    history.replaceState(null, '', location.pathname + location.hash);
  }
  return sessionStorage.getItem('storyline-token');
}

/** GET or POST JSON from the API; throws an Error with the server's message on failure. */
export async function api(path, body) {
  const headers = { 'Accept': 'application/json' };
  const t = token();
  if (t) headers['Authorization'] = 'Bearer ' + t;
  const init = { headers };
  if (body !== undefined) {
    init.method = 'POST';
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const res = await fetch(path, init);
  const json = await res.json().catch(() => ({ error: res.statusText, status: res.status }));
  if (!res.ok) {
    const e = new Error(json.error || ('HTTP ' + res.status));
    e.status = res.status;
    throw e;
  }
  return json;
}

/** Query string from an object, skipping empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

export const QUADS = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'];
export const QUAD_LABEL = {
  verbal_cooperation: 'Verbal cooperation', material_cooperation: 'Material cooperation',
  verbal_conflict: 'Verbal conflict', material_conflict: 'Material conflict',
};
export const STATUSES = ['confirmed', 'reported', 'disputed', 'denied', 'planned'];

/** A status badge. */
export function statusBadge(status) {
  return el('span', { class: 'badge status-' + status, title: 'status: ' + status }, status);
}

/** A quad-class swatch with the event type. */
export function typeBadge(type, quad) {
  return el('span', { class: 'badge quad-' + quad, title: QUAD_LABEL[quad] || quad }, type);
}
