// SVG charts: the zoomable event timeline, number-trail charts and the co-occurrence network.
import { el, svg, replace, QUADS, QUAD_LABEL, STATUSES } from './dom.js';

const DAY = 86400000;

function parseDay(iso, end) {
  if (!iso) return null;
  if (/^\d{4}$/.test(iso)) return end ? Date.UTC(+iso, 11, 31) : Date.UTC(+iso, 0, 1);
  if (/^\d{4}-\d{2}$/.test(iso)) {
    const [y, m] = iso.split('-').map(Number);
    return end ? Date.UTC(y, m, 0) : Date.UTC(y, m - 1, 1);
  }
  const t = Date.parse(iso + 'T00:00:00Z');
  return Number.isNaN(t) ? null : t;
}

function fmt(t, unit) {
  const d = new Date(t);
  const y = d.getUTCFullYear(), m = String(d.getUTCMonth() + 1).padStart(2, '0'), dd = String(d.getUTCDate()).padStart(2, '0');
  return unit === 'year' ? String(y) : unit === 'month' ? `${y}-${m}` : `${y}-${m}-${dd}`;
}

/** Tick positions for the visible range: years, months or days, at most about 10. */
function ticks(t0, t1, n = 10) {
  const span = t1 - t0, out = [];
  if (span > 3 * 365 * DAY) {
    const step = Math.max(1, Math.ceil(span / (365 * DAY) / n));
    for (let y = new Date(t0).getUTCFullYear(); Date.UTC(y, 0, 1) <= t1; y += step) out.push([Date.UTC(y, 0, 1), 'year']);
  } else if (span > 60 * DAY) {
    const step = Math.max(1, Math.ceil(span / (30 * DAY) / n));
    const d = new Date(t0);
    for (let y = d.getUTCFullYear(), m = d.getUTCMonth(); Date.UTC(y, m, 1) <= t1; m += step) out.push([Date.UTC(y, m, 1), 'month']);
  } else {
    const step = Math.max(1, Math.ceil(span / DAY / n));
    for (let t = Math.floor(t0 / DAY) * DAY; t <= t1; t += step * DAY) out.push([t, 'day']);
  }
  return out.filter(([t]) => t >= t0 && t <= t1);
}

/** The mark of one event: shape by status, colour by quad class (via CSS classes). */
function mark(x, y, e, onOpen) {
  const cls = `event-mark quad-${e.quad} status-${e.status}`;
  const g = svg('g', { class: cls, tabindex: '0', role: 'link', 'data-id': e.id, 'data-date': e.date.start || '',
    onclick: () => onOpen(e), onkeydown: (ev) => { if (ev.key === 'Enter') onOpen(e); } });
  g.appendChild(svg('title', {}, `${e.date_label} · ${e.title} · ${e.type} · ${e.status}`));
  if (e.status === 'disputed') g.appendChild(svg('rect', { x: x - 6, y: y - 6, width: 12, height: 12, transform: `rotate(45 ${x} ${y})` }));
  else g.appendChild(svg('circle', { cx: x, cy: y, r: 7 }));
  if (e.status === 'denied') g.appendChild(svg('path', { class: 'cross', d: `M${x - 5} ${y - 5}L${x + 5} ${y + 5}M${x + 5} ${y - 5}L${x - 5} ${y + 5}` }));
  return g;
}

/**
 * A zoomable timeline: one lane per PLOVER quad class, events placed at their date (a bar shows a
 * month- or year-long date), zoom with the buttons or the mouse wheel, pan by dragging.
 */
export function timeline(container, events, onOpen) {
  const placed = events.filter((e) => e.date && (e.date.start || e.date.end));
  const W = 1000, H = 250, left = 150, right = 20, top = 24, lane = 48;
  if (!placed.length) return replace(container, el('p', { class: 'muted' }, 'No dated events to draw.'));
  const pos = placed.map((e) => {
    const s = parseDay(e.date.start || e.date.end, false), t = parseDay(e.date.end || e.date.start, true);
    return { e, s, t };
  });
  let min = Math.min(...pos.map((p) => p.s)), max = Math.max(...pos.map((p) => p.t));
  const pad = Math.max(15 * DAY, (max - min) * 0.04);
  const full = [min - pad, max + pad];
  let view = [...full];

  const label = el('span', { id: 'zoom-label', class: 'muted' });
  const chart = svg('svg', { id: 'timeline', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Event timeline' });
  const zoom = (factor, centre) => {
    const c = centre ?? (view[0] + view[1]) / 2;
    let span = Math.max(7 * DAY, Math.min(full[1] - full[0], (view[1] - view[0]) * factor));
    view = [c - (c - view[0]) * span / (view[1] - view[0]), 0];
    view[1] = view[0] + span;
    draw();
  };
  const pan = (frac) => {
    const d = (view[1] - view[0]) * frac;
    view = [view[0] + d, view[1] + d];
    draw();
  };
  const x = (t) => left + (t - view[0]) / (view[1] - view[0]) * (W - left - right);
  const tAt = (px) => view[0] + (px - left) / (W - left - right) * (view[1] - view[0]);

  function draw() {
    replace(chart);
    chart.appendChild(svg('defs', {}, svg('clipPath', { id: 'plot' }, svg('rect', { x: left, y: 0, width: W - left - right, height: H }))));
    QUADS.forEach((q, i) => {
      const y = top + i * lane;
      chart.appendChild(svg('rect', { class: `lane quad-${q}`, x: left, y, width: W - left - right, height: lane - 4 }));
      chart.appendChild(svg('text', { class: 'lane-label', x: 6, y: y + lane / 2 + 2 }, QUAD_LABEL[q]));
    });
    const axisY = top + QUADS.length * lane + 6;
    chart.appendChild(svg('line', { class: 'axis', x1: left, x2: W - right, y1: axisY, y2: axisY }));
    for (const [t, unit] of ticks(view[0], view[1]).filter(([t]) => x(t) < W - right - 20)) {
      chart.appendChild(svg('line', { class: 'tick', x1: x(t), x2: x(t), y1: top, y2: axisY + 4 }));
      chart.appendChild(svg('text', { class: 'tick-label', x: x(t), y: axisY + 18, 'text-anchor': 'middle' }, fmt(t, unit)));
    }
    const plot = svg('g', { 'clip-path': 'url(#plot)' });
    const stack = {};
    for (const p of pos) {
      if (p.t < view[0] || p.s > view[1]) continue;
      const i = Math.max(0, QUADS.indexOf(p.e.quad));
      const x0 = x(p.s), x1 = x(p.t);
      const slot = Math.round(x0 / 10) + ':' + i;
      const k = stack[slot] = (stack[slot] || 0) + 1;
      const y = top + i * lane + lane / 2 - 2 + [0, -12, 12][(k - 1) % 3];
      if (x1 - x0 > 3) plot.appendChild(svg('rect', { class: `range quad-${p.e.quad}`, x: x0, y: y - 3, width: x1 - x0, height: 6 }));
      plot.appendChild(mark(x0, y, p.e, onOpen));
    }
    chart.appendChild(plot);
    label.textContent = `${fmt(view[0], 'day')} – ${fmt(view[1], 'day')} · ${Math.round((view[1] - view[0]) / DAY)} days`;
    chart.dataset.span = String(Math.round((view[1] - view[0]) / DAY));
  }

  chart.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const r = chart.getBoundingClientRect();
    zoom(ev.deltaY < 0 ? 0.7 : 1 / 0.7, tAt((ev.clientX - r.left) / r.width * W));
  }, { passive: false });
  let drag = null;
  chart.addEventListener('pointerdown', (ev) => { if (ev.target === chart || ev.target.classList.contains('lane')) drag = ev.clientX; });
  window.addEventListener('pointerup', () => { drag = null; });
  chart.addEventListener('pointermove', (ev) => {
    if (drag === null) return;
    const r = chart.getBoundingClientRect();
    const d = (drag - ev.clientX) / r.width * W / (W - left - right);
    drag = ev.clientX;
    view = [view[0] + d * (view[1] - view[0]), view[1] + d * (view[1] - view[0])];
    draw();
  });

  const controls = el('div', { class: 'timeline-controls' },
    el('button', { id: 'zoom-in', type: 'button', title: 'Zoom in', onclick: () => zoom(0.5) }, '+ Zoom in'),
    el('button', { id: 'zoom-out', type: 'button', title: 'Zoom out', onclick: () => zoom(2) }, '− Zoom out'),
    el('button', { id: 'pan-left', type: 'button', title: 'Earlier', onclick: () => pan(-0.3) }, '◀'),
    el('button', { id: 'pan-right', type: 'button', title: 'Later', onclick: () => pan(0.3) }, '▶'),
    el('button', { id: 'zoom-reset', type: 'button', onclick: () => { view = [...full]; draw(); } }, 'Whole story'),
    label);
  const legend = el('div', { class: 'legend' },
    QUADS.map((q) => el('span', { class: 'legend-item' }, el('span', { class: `swatch quad-${q}` }), QUAD_LABEL[q])),
    el('span', { class: 'legend-sep' }, '·'),
    STATUSES.map((s) => el('span', { class: `legend-item legend-status status-${s}` }, el('span', { class: 'shape' }), s)));
  draw();
  replace(container, controls, chart, legend);
  return { zoom, draw };
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22'];

/** A chart of one number trail: value over claim date, one colour per claimant, bounds as bars and arrows. */
export function trailChart(trail) {
  const W = 640, H = 240, left = 70, right = 16, top = 16, bottom = 40;
  const pts = trail.points.map((p) => ({ p, t: parseDay(p.date, false) }));
  const dated = pts.filter((x) => x.t !== null);
  const claimants = [...new Set(trail.points.map((p) => p.claimant))];
  const colour = (c) => PALETTE[claimants.indexOf(c) % PALETTE.length];
  const values = trail.points.flatMap((p) => [p.value, p.low, p.high]).filter((v) => typeof v === 'number');
  const vmax = Math.max(1, ...values) * 1.15;
  const undated = pts.filter((x) => x.t === null);
  const plotRight = W - right - (undated.length ? 70 : 0);
  let t0 = dated.length ? Math.min(...dated.map((x) => x.t)) : 0, t1 = dated.length ? Math.max(...dated.map((x) => x.t)) : 1;
  if (t1 - t0 < 30 * DAY) { t0 -= 15 * DAY; t1 += 15 * DAY; }
  const x = (t) => t === null ? W - right - 35 : left + 10 + (t - t0) / (t1 - t0) * (plotRight - left - 20);
  const y = (v) => top + (1 - v / vmax) * (H - top - bottom);
  const chart = svg('svg', { class: 'trail-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Reported ' + trail.item + ' over time' });
  chart.appendChild(svg('line', { class: 'axis', x1: left, x2: W - right, y1: H - bottom, y2: H - bottom }));
  chart.appendChild(svg('line', { class: 'axis', x1: left, x2: left, y1: top, y2: H - bottom }));
  for (let i = 0; i <= 4; i++) {
    const v = vmax * i / 4;
    chart.appendChild(svg('text', { class: 'tick-label', x: left - 6, y: y(v) + 4, 'text-anchor': 'end' }, compact(v)));
    chart.appendChild(svg('line', { class: 'grid', x1: left, x2: W - right, y1: y(v), y2: y(v) }));
  }
  if (dated.length) {
    for (const [t, unit] of ticks(t0, t1, 5)) {
      chart.appendChild(svg('text', { class: 'tick-label', x: x(t), y: H - bottom + 16, 'text-anchor': 'middle' }, fmt(t, unit)));
    }
  }
  if (undated.length) {
    chart.appendChild(svg('line', { class: 'grid', x1: plotRight, x2: plotRight, y1: top, y2: H - bottom }));
    chart.appendChild(svg('text', { class: 'tick-label', x: W - right - 35, y: H - bottom + 16, 'text-anchor': 'middle' }, 'undated'));
  }
  for (const { p, t } of pts) {
    const cx = x(t), c = colour(p.claimant);
    const g = svg('g', { class: 'trail-point bound-' + p.bound });
    g.appendChild(svg('title', {}, `${p.claimant}, ${p.date_label}: ${p.text} (${p.bound})`));
    if (typeof p.low === 'number' && typeof p.high === 'number') {
      g.appendChild(svg('line', { class: 'bound-bar', x1: cx, x2: cx, y1: y(p.low), y2: y(p.high), stroke: c }));
    }
    if (p.bound === 'at_least') g.appendChild(svg('path', { d: `M${cx} ${y(p.value) - 14}l-5 7h10z`, fill: c }));
    if (p.bound === 'at_most') g.appendChild(svg('path', { d: `M${cx} ${y(p.value) + 14}l-5 -7h10z`, fill: c }));
    g.appendChild(svg('circle', { cx, cy: y(p.value), r: 5, fill: p.bound === 'exact' ? c : '#fff', stroke: c, 'stroke-width': 2 }));
    chart.appendChild(g);
  }
  const legend = el('div', { class: 'legend' }, claimants.map((c) => el('span', { class: 'legend-item' },
    el('span', { class: 'dot', 'data-colour': String(claimants.indexOf(c) % PALETTE.length) }), c)),
    el('span', { class: 'muted' }, ' filled: exact · hollow: approximate · ▲ at least · ▼ at most · bar: range'));
  return el('div', { class: 'trail-figure' }, chart, legend);
}

function compact(v) {
  if (v >= 1e9) return (v / 1e9).toFixed(1) + 'B';
  if (v >= 1e6) return (v / 1e6).toFixed(1) + 'M';
  if (v >= 1e3) return (v / 1e3).toFixed(1) + 'k';
  return String(Math.round(v));
}

/** A small network: the entity in the centre, co-occurring entities around it, edge width by shared events. */
export function network(centre, others, onOpen) {
  const W = 520, H = 360, cx = W / 2, cy = H / 2, R = 130;
  const chart = svg('svg', { class: 'network', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': 'Co-occurring entities' });
  const maxW = Math.max(1, ...others.map((o) => o.shared_events));
  others.forEach((o, i) => {
    const a = 2 * Math.PI * i / Math.max(1, others.length) - Math.PI / 2;
    o.x = cx + R * Math.cos(a); o.y = cy + R * Math.sin(a);
    chart.appendChild(svg('line', { class: 'edge', x1: cx, y1: cy, x2: o.x, y2: o.y, 'stroke-width': 1 + 5 * o.shared_events / maxW }));
  });
  others.forEach((o) => {
    const g = svg('g', { class: 'node type-' + o.type, tabindex: '0', role: 'link', onclick: () => onOpen(o) });
    g.appendChild(svg('title', {}, `${o.name} (${o.type}), ${o.shared_events} shared events`));
    g.appendChild(svg('circle', { cx: o.x, cy: o.y, r: 8 }));
    g.appendChild(svg('text', { x: o.x, y: o.y + (o.y > cy ? 22 : -13), 'text-anchor': 'middle' }, o.name));
    chart.appendChild(g);
  });
  const c = svg('g', { class: 'node centre type-' + centre.type });
  c.appendChild(svg('circle', { cx, cy, r: 12 }));
  c.appendChild(svg('text', { x: cx, y: cy + 28, 'text-anchor': 'middle' }, centre.name));
  chart.appendChild(c);
  return chart;
}
