// The workbench: a hash router and one function per page. All text goes in as text nodes.
import { el, replace, api, query, statusBadge, typeBadge, QUAD_LABEL, STATUSES } from './dom.js';
import { timeline, trailChart, network } from './charts.js';

const view = () => document.getElementById('view');

function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = hash.split('?');
  const params = new URLSearchParams(qs || '');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const pages = {
    '': () => timelinePage(params),
    event: () => eventPage(parts[1]),
    document: () => documentPage(parts[1], params.get('claim')),
    entity: () => entityPage(parts[1]),
    entities: () => entitiesPage(params),
    documents: () => documentsPage(params),
    trails: () => trailsPage(),
    search: () => searchPage(params),
  };
  const page = pages[parts[0] || ''];
  document.body.dataset.page = parts[0] || 'timeline';
  replace(view(), el('p', { class: 'muted' }, 'Loading…'));
  (page ? page() : Promise.reject(Object.assign(new Error('no such page'), { status: 404 })))
    .then((nodes) => { replace(view(), nodes); window.scrollTo(0, 0); document.body.dataset.ready = location.hash; })
    .catch((e) => replace(view(), el('div', { class: 'error', role: 'alert' }, el('h1', {}, e.status === 404 ? 'Not found' : 'Error'), el('p', {}, e.message))));
}

const link = (href, ...text) => el('a', { href }, ...text);
const eventHref = (id) => '#/event/' + encodeURIComponent(id);
const docHref = (id, claim) => '#/document/' + encodeURIComponent(id) + (claim ? '?claim=' + encodeURIComponent(claim) : '');
const entityHref = (id) => '#/entity/' + encodeURIComponent(id);

function actorLinks(actors) {
  return (actors || []).map((a, i) => [i ? ', ' : '', a.entity ? link(entityHref(a.entity), a.name) : a.name, a.role ? el('span', { class: 'muted' }, ` (${a.role})`) : '']);
}

function precision(date) {
  return date ? `${date.granularity || 'unknown'} precision` : '';
}

// ---------------------------------------------------------------- timeline

async function timelinePage(params) {
  const [summary, events] = await Promise.all([api('/api/summary'), api('/api/events' + query({ limit: 500, status: params.get('status'), type: params.get('type') }))]);
  const box = el('section', { class: 'timeline-box' });
  timeline(box, events.items, (e) => { location.hash = eventHref(e.id); });
  const rows = events.items.map((e) => el('li', { class: 'event-row', 'data-id': e.id },
    el('span', { class: 'date' }, e.date_label), ' ', typeBadge(e.type, e.quad), ' ', statusBadge(e.status), ' ',
    el('a', { class: 'event-link', href: eventHref(e.id) }, e.title),
    el('span', { class: 'muted' }, ` · ${e.independent_sources ?? ''} source(s)`)));
  return [
    el('h1', {}, 'Timeline'),
    el('p', { class: 'muted' }, `${summary.events} events from ${summary.claims} claims in ${summary.documents} documents; ${events.items.filter((e) => e.date && (e.date.start || e.date.end)).length} have a date and are drawn. Colour: PLOVER quad class; shape: status. Scroll or use the buttons to zoom, drag to pan, click an event to open it.`),
    box,
    el('h2', {}, 'All events'),
    el('ol', { class: 'event-list' }, rows),
  ];
}

// ---------------------------------------------------------------- event

function claimCard(x) {
  const c = x.claim, ctx = x.context, d = x.document;
  const attribution = c.attribution
    ? el('p', { class: 'attribution' }, 'Attribution: ',
      c.attribution.speaker ? [el('strong', {}, c.attribution.speaker.name), ' '] : '',
      c.attribution.cue ? el('em', {}, c.attribution.cue) : '',
      c.attribution.cited ? [' citing ', el('strong', {}, c.attribution.cited.name)] : '',
      ' → ', d ? (d.outlet || d.title || d.id) : c.document)
    : el('p', { class: 'attribution' }, 'Attribution: stated by the outlet', d && d.outlet ? ` (${d.outlet})` : '');
  return el('article', { class: 'claim-card', 'data-claim': c.id },
    el('blockquote', { class: 'context' },
      ctx ? [ctx.before, el('mark', { class: 'claim-sentence' }, ctx.sentence), ctx.after] : el('mark', { class: 'claim-sentence' }, c.sentence)),
    el('p', { class: 'claim-meta' },
      el('span', { class: 'badge stance-' + c.stance }, 'stance: ' + c.stance), ' ',
      c.event ? el('span', { class: 'badge' }, `${c.event.type}${c.event.mode ? ' / ' + c.event.mode : ''}${c.event.trigger ? ' · "' + c.event.trigger + '"' : ''}`) : '',
      c.date ? el('span', { class: 'muted' }, ` · date ${c.date.value || ''} (${c.date.text || ''})`) : '',
      c.quote ? el('span', { class: 'muted' }, ' · quote') : ''),
    attribution,
    el('p', {}, el('a', { class: 'doc-link', href: docHref(c.document, c.id) }, 'Open document: ', d ? d.label : c.document),
      d && d.published ? el('span', { class: 'muted' }, ` · published ${d.published}`) : '',
      d && d.outlet ? el('span', { class: 'muted' }, ` · ${d.outlet}`) : ''));
}

async function eventPage(id) {
  const x = await api('/api/events/' + encodeURIComponent(id));
  const e = x.event;
  return [
    el('p', {}, link('#/', '← Timeline')),
    el('h1', { class: 'event-title' }, e.title),
    el('dl', { class: 'facts' },
      el('dt', {}, 'Date'), el('dd', { class: 'event-date' }, e.date_label, el('span', { class: 'muted' }, ` (${precision(e.date)}${e.date.text ? ', “' + e.date.text + '”' : ''})`)),
      el('dt', {}, 'Type'), el('dd', {}, typeBadge(e.type, e.quad), ' ', QUAD_LABEL[e.quad], e.mode ? ` · ${e.mode}` : ''),
      el('dt', {}, 'Actors'), el('dd', {}, actorLinks(e.actors)),
      el('dt', {}, 'Place'), el('dd', {}, e.place ? (e.place.entity ? link(entityHref(e.place.entity), e.place.name) : e.place.name) : '—'),
      el('dt', {}, 'Status'), el('dd', {}, statusBadge(e.status), ' ', el('span', { class: 'evidence' }, e.evidence || ''),
        el('span', { class: 'muted' }, ` · ${e.independent_sources} independent source(s)`)),
      e.quantities && e.quantities.length ? [el('dt', {}, 'Numbers'), el('dd', {}, e.quantities.map((q, i) => [i ? '; ' : '', q.text]))] : ''),
    el('h2', {}, `Evidence: ${x.claims.length} claim(s)`),
    x.claims.map(claimCard),
  ];
}

// ---------------------------------------------------------------- document

/** The body cut at every span boundary; each piece carries the kinds of spans covering it. */
function segments(body, spans) {
  const cuts = new Set([0, body.length]);
  for (const s of spans) if (s.start >= 0 && s.end <= body.length && s.start < s.end) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    out.push({ a, b, spans: spans.filter((s) => s.start <= a && s.end >= b) });
  }
  return out;
}

function renderBody(body, spans, focusClaim) {
  const box = el('div', { id: 'doc-body', class: 'doc-body' });
  for (const seg of segments(body, spans)) {
    const text = body.slice(seg.a, seg.b);
    if (!seg.spans.length) { box.appendChild(document.createTextNode(text)); continue; }
    const kinds = [...new Set(seg.spans.map((s) => 'hl-' + s.kind))];
    const claim = seg.spans.find((s) => s.kind === 'claim');
    const entity = seg.spans.find((s) => s.kind === 'entity');
    if (claim && claim.ref === focusClaim) kinds.push('focus');
    if (entity) kinds.push('type-' + entity.label);
    const title = seg.spans.map((s) => `${s.kind}: ${s.label || ''}`).join('\n');
    const node = entity && entity.ref
      ? el('a', { class: kinds.join(' '), href: entityHref(entity.ref), title }, text)
      : el('span', { class: kinds.join(' '), title, 'data-claim': claim ? claim.ref : null }, text);
    box.appendChild(node);
  }
  return box;
}

async function documentPage(id, focusClaim) {
  const x = await api('/api/documents/' + encodeURIComponent(id));
  const d = x.document;
  const dropped = d.dropped || [];
  const events = [...new Set(x.claims.map((c) => c.event_id).filter(Boolean))];
  const page = [
    el('p', {}, link('#/documents', '← Documents')),
    el('h1', { class: 'doc-title' }, d.title || [d.outlet, d.published && d.published.date].filter(Boolean).join(', ') || d.id),
    el('p', { class: 'muted' }, [d.outlet, d.published ? 'published ' + d.published.date : '', d.authors && d.authors.length ? 'by ' + d.authors.join(', ') : ''].filter(Boolean).join(' · '),
      d.source && d.source.url ? [' · ', el('a', { href: d.source.url, rel: 'noopener noreferrer', target: '_blank' }, 'original')] : '',
      d.duplicate_of ? [' · duplicate of ', link(docHref(d.duplicate_of), d.duplicate_of)] : ''),
    el('p', { class: 'legend' }, el('span', { class: 'hl-entity' }, 'entity'), ' ', el('span', { class: 'hl-date' }, 'date'), ' ',
      el('span', { class: 'hl-quantity' }, 'quantity'), ' ', el('span', { class: 'hl-claim' }, 'claim'),
      el('span', { class: 'muted' }, ` · ${x.claims.length} claims, ${events.length} events`)),
    renderBody(d.body, x.spans, focusClaim),
    el('details', { id: 'dropped', class: 'dropped' },
      el('summary', {}, `Dropped page chrome (${dropped.length} block${dropped.length === 1 ? '' : 's'}) — the extraction audit`),
      dropped.length ? el('ol', {}, dropped.map((b) => el('li', {}, el('span', { class: 'badge' }, b.reason), ' ', el('span', { class: 'dropped-text' }, b.text))))
        : el('p', { class: 'muted' }, 'Nothing was dropped.')),
    el('h2', {}, 'Events in this document'),
    el('ul', {}, events.map((eid) => el('li', {}, link(eventHref(eid), eid)))),
  ];
  if (focusClaim) setTimeout(() => { const f = document.querySelector('.focus'); if (f) f.scrollIntoView({ block: 'center' }); }, 0);
  return page;
}

// ---------------------------------------------------------------- entities

function correctionForm(entity) {
  const out = el('p', { class: 'correction-result', role: 'status' });
  const kind = el('select', { name: 'kind', id: 'correction-kind' },
    el('option', { value: 'rename' }, 'Rename'), el('option', { value: 'merge' }, 'Merge with…'), el('option', { value: 'split' }, 'Split off a mention'));
  const other = el('input', { name: 'other', id: 'correction-other', placeholder: 'other entity id or name (merge)', maxlength: '200' });
  const mention = el('input', { name: 'mention', id: 'correction-mention', placeholder: 'mention text to split off (split)', maxlength: '200' });
  const name = el('input', { name: 'new_name', id: 'correction-name', placeholder: 'new name', maxlength: '200' });
  const form = el('form', { class: 'correction', id: 'correction-form' },
    el('h2', {}, 'Correct this entity'), kind, ' ', other, ' ', mention, ' ', name, ' ', el('button', { type: 'submit' }, 'Record correction'), out);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body = { kind: kind.value, entities: [entity.id], new_name: name.value || null, mention_text: mention.value || null };
    if (kind.value === 'merge') body.entities.push(other.value);
    try {
      const r = await api('/api/entities/corrections', body);
      out.className = 'correction-result ok';
      out.textContent = `Correction #${r.seq} recorded (${r.correction.kind}); ${r.note}.`;
    } catch (e) {
      out.className = 'correction-result error';
      out.textContent = e.message;
    }
  });
  return form;
}

async function entityPage(id) {
  const x = await api('/api/entities/' + encodeURIComponent(id));
  const e = x.entity;
  return [
    el('p', {}, link('#/entities', '← Entities')),
    el('h1', {}, e.name, ' ', el('span', { class: 'badge type-' + e.type }, e.type)),
    el('dl', { class: 'facts' },
      el('dt', {}, 'Aliases'), el('dd', {}, e.aliases.length ? e.aliases.join(' · ') : '—'),
      el('dt', {}, 'Wikidata'), el('dd', {}, e.wikidata && /^Q\d+$/.test(e.wikidata) ? el('a', { href: 'https://www.wikidata.org/wiki/' + e.wikidata, rel: 'noopener noreferrer' }, e.wikidata) : '—'),
      el('dt', {}, 'Mentions'), el('dd', {}, `${e.mentions} in ${x.documents.length} document(s)`),
      el('dt', {}, 'Offices'), el('dd', {}, x.offices && x.offices.length
        ? el('ul', { class: 'offices' }, x.offices.map((o) => el('li', {}, `${o.role}${o.qualifier ? ', ' + o.qualifier : ''}: ${o.from || '?'} to ${o.to || 'now'}`)))
        : '—')),
    el('h2', {}, `Events (${x.events.length})`),
    el('ol', { class: 'event-list' }, x.events.map((ev) => el('li', {}, el('span', { class: 'date' }, ev.date_label), ' ', typeBadge(ev.type, ev.quad), ' ', statusBadge(ev.status), ' ', link(eventHref(ev.id), ev.title)))),
    el('h2', {}, 'Shares events with'),
    x.cooccurring.length ? network(e, x.cooccurring, (o) => { location.hash = entityHref(o.id); }) : el('p', { class: 'muted' }, 'No shared events.'),
    el('h2', {}, 'Documents'),
    el('ul', {}, x.documents.map((d) => el('li', {}, link(docHref(d.id), d.label), el('span', { class: 'muted' }, ` · ${d.mentions} mention(s): ${d.forms.join(', ')}`)))),
    correctionForm(e),
  ];
}

async function entitiesPage(params) {
  const type = params.get('type');
  const r = await api('/api/entities' + query({ limit: 500, type }));
  const types = ['PERSON', 'ORGANIZATION', 'STATE', 'PLACE', 'WEAPON', 'FACILITY', 'MEDIA', 'OTHER'];
  return [
    el('h1', {}, 'Entities'),
    el('p', { class: 'facets-inline' }, link('#/entities', 'all'), types.map((t) => [' · ', link('#/entities?type=' + t, t.toLowerCase())])),
    el('table', { class: 'list' }, el('thead', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'Type'), el('th', {}, 'Mentions'), el('th', {}, 'Events'), el('th', {}, 'Aliases'))),
      el('tbody', {}, r.items.map((e) => el('tr', {}, el('td', {}, link(entityHref(e.id), e.name)), el('td', {}, e.type), el('td', {}, e.mentions), el('td', {}, e.events), el('td', { class: 'muted' }, e.aliases.join(', ')))))),
  ];
}

async function documentsPage(params) {
  const r = await api('/api/documents' + query({ limit: 500, text: params.get('text') }));
  return [
    el('h1', {}, `Documents (${r.total})`),
    el('table', { class: 'list' }, el('thead', {}, el('tr', {}, el('th', {}, 'Title'), el('th', {}, 'Outlet'), el('th', {}, 'Published'), el('th', {}, 'Claims'))),
      el('tbody', {}, r.items.map((d) => el('tr', {}, el('td', {}, link(docHref(d.id), d.label), d.duplicate_of ? el('span', { class: 'muted' }, ' (duplicate)') : ''),
        el('td', {}, d.outlet || ''), el('td', {}, d.published || ''), el('td', {}, d.claims))))),
  ];
}

// ---------------------------------------------------------------- trails

async function trailsPage() {
  const r = await api('/api/trails?limit=500');
  return [
    el('h1', {}, 'Number trails'),
    el('p', { class: 'muted' }, 'Each chart follows one counted item between the same sides: the value each claimant reported, over the date of the claim.'),
    r.items.length ? r.items.map((t) => el('section', { class: 'trail' },
      el('h2', {}, t.item, t.from || t.to ? el('span', { class: 'muted' }, ` · ${t.from || '?'} → ${t.to || '?'}`) : ''),
      trailChart(t),
      el('table', { class: 'list' }, el('tbody', {}, t.points.map((p) => el('tr', {},
        el('td', {}, p.date_label), el('td', {}, p.claimant), el('td', {}, p.text), el('td', {}, p.bound),
        el('td', {}, p.event ? link(eventHref(p.event), 'event') : link(docHref(p.document, p.claim), 'document')))))))) : el('p', { class: 'muted' }, 'No number trails in this store.'),
  ];
}

// ---------------------------------------------------------------- search

/** The snippet as text nodes, with the query's words wrapped in <mark> elements. */
function marked(text, q) {
  const words = q.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !['and', 'or', 'not'].includes(w));
  if (!words.length) return [text];
  const re = new RegExp('(' + words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') + ')', 'giu');
  return text.split(re).map((part, i) => (i % 2 ? el('mark', {}, part) : part));
}

async function searchPage(params) {
  const q = params.get('q') || '';
  document.getElementById('search-input').value = q;
  if (!q.trim()) return [el('h1', {}, 'Search'), el('p', { class: 'muted' }, 'Type words in the search box. Lucene syntax works: "exact phrase", AND, OR, prefix*.')];
  const filters = { kind: params.get('kind'), type: params.get('type'), status: params.get('status'), entity_type: params.get('entity_type') };
  const r = await api('/api/search' + query({ q, limit: 50, ...filters }));
  const facetNames = { kind: 'Kind', type: 'Event type', status: 'Status', entity_type: 'Entity type' };
  const here = (changes) => '#/search' + query({ q, ...filters, ...changes });
  const facets = el('aside', { class: 'facets' }, Object.entries(facetNames).map(([f, label]) => el('div', { class: 'facet', 'data-facet': f },
    el('h3', {}, label),
    filters[f] ? el('p', {}, el('strong', {}, filters[f]), ' ', link(here({ [f]: null }), '(clear)')) : '',
    el('ul', {}, Object.entries(r.facets[f] || {}).map(([v, n]) => el('li', {}, link(here({ [f]: v }), v), el('span', { class: 'muted' }, ` ${n}`)))))));
  const hits = r.items.map((h) => el('li', { class: 'search-hit hit-' + h.kind },
    el('span', { class: 'badge' }, h.kind), ' ',
    h.kind === 'claim' && h.event ? el('a', { href: eventHref(h.event) }, h.label) : el('a', { href: docHref(h.document, h.kind === 'claim' ? h.id : null) }, h.label),
    h.type ? [' ', el('span', { class: 'badge' }, h.type)] : '', h.status ? [' ', statusBadge(h.status)] : '',
    el('p', { class: 'snippet' }, marked(h.snippet, q))));
  return [
    el('h1', {}, `Search: ${q}`),
    el('p', { class: 'muted', id: 'search-total' }, `${r.total} match(es)`),
    el('div', { class: 'search-layout' }, facets, el('ol', { class: 'search-hits' }, hits)),
  ];
}

document.getElementById('search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = document.getElementById('search-input').value.trim();
  if (q) location.hash = '#/search' + query({ q });
});
window.addEventListener('hashchange', route);
route();
