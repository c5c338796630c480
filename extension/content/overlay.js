// Draws the host's findings on the page: an outline around the offending element and a small
// marker that opens a tooltip with the message, the legal basis and the fix. Everything lives in one
// closed shadow root on a fixed, click-through layer, so the shop's CSS cannot reach it and it
// cannot restyle, move or block the checkout: the shop's own elements are never modified.
'use strict';

globalThis.KassawachtOverlay = (() => {
  const SEVERITY_COLOUR = {
    violation: '#c62828', warning: '#b45309', 'needs-review': '#1d4ed8', pass: '#2e7d32', resolved: '#52606d',
  };
  const SEVERITY_KEY = {
    violation: 'sevViolation', warning: 'sevWarning', 'needs-review': 'sevNeedsReview', pass: 'sevPass',
  };
  const CSS = `
    :host { all: initial; }
    .layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646;
      font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; }
    .outline { position: fixed; box-sizing: border-box; border: 3px solid var(--c); border-radius: 4px;
      pointer-events: none; box-shadow: 0 0 0 2px rgba(255,255,255,.85); }
    .outline.flash { animation: flash .45s ease-in-out 3; }
    @keyframes flash { 50% { box-shadow: 0 0 0 8px var(--c); } }
    .marker { position: fixed; width: 26px; height: 26px; border-radius: 50%; border: 2px solid #fff;
      background: var(--c); color: #fff; font: bold 15px/22px system-ui, sans-serif; text-align: center;
      padding: 0; cursor: pointer; pointer-events: auto; box-shadow: 0 1px 4px rgba(0,0,0,.4); }
    .marker:focus-visible { outline: 3px solid #111; outline-offset: 2px; }
    .tip { position: fixed; max-width: min(420px, calc(100vw - 16px)); box-sizing: border-box;
      background: #fff; border: 1px solid #cbd2d9; border-top: 5px solid var(--c); border-radius: 6px;
      padding: 10px 12px 12px; pointer-events: auto; box-shadow: 0 6px 24px rgba(0,0,0,.25);
      max-height: min(70vh, 520px); overflow: auto; }
    .tip[hidden] { display: none; }
    .sev { font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: var(--c); }
    .title { font-weight: 700; margin: 2px 0 6px; font-size: 15px; }
    .state { background: #eef2f5; border-radius: 4px; padding: 6px 8px; margin: 0 0 8px; }
    .msg { margin: 0 0 8px; }
    h3 { font-size: 12px; margin: 8px 0 2px; text-transform: uppercase; letter-spacing: .04em; color: #52606d; }
    ul { margin: 0; padding-left: 18px; } li { margin: 0; }
    .fix { margin: 0; }
    .section { font-size: 12px; color: #52606d; margin-top: 8px; }
    .buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 10px; }
    button.act { font: inherit; font-size: 13px; padding: 4px 10px; border-radius: 4px; border: 1px solid #9aa5b1;
      background: #f5f7fa; color: #1f2933; cursor: pointer; }
    button.act:focus-visible { outline: 3px solid #111; outline-offset: 1px; }
  `;

  let host = null;
  let root = null; // the closed shadow root: reachable only through this closure
  let layer = null;
  let items = []; // { finding, element, outline, marker, tip }
  let ui = (key, subs) => chrome.i18n.getMessage(key, subs) || key;
  const dismissed = new Set(); // finding keys hidden by the user on this page
  let frame = 0;
  let firstShownAt = null;

  function ensureLayer() {
    if (host && host.isConnected) return;
    host = document.createElement('kassawacht-layer');
    host.setAttribute('data-kassawacht-layer', '');
    // Inline !important beats any author rule, so the shop's CSS cannot hide, move or fade the
    // layer's host element either (what is inside is out of its reach anyway).
    host.style.cssText = 'all: initial !important; display: block !important; position: fixed !important; ' +
      'inset: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important; ' +
      'z-index: 2147483646 !important; pointer-events: none !important; visibility: visible !important;';
    root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = CSS;
    layer = document.createElement('div');
    layer.className = 'layer';
    root.append(style, layer);
    document.documentElement.append(host);
    window.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule, { passive: true });
  }

  const keyOf = (f) => `${f.rule}|${f.outcome}|${f.node}`;
  const colourOf = (f) => (f.state === 'resolved-by-user' ? SEVERITY_COLOUR.resolved : SEVERITY_COLOUR[f.severity] || '#52606d');

  // Shows `findings` (already filtered for the user's mode), each next to elementOf(f.node).
  // Replaces what was shown before; a finding the user dismissed stays hidden on this page.
  function show(findings, elementOf, strings) {
    if (strings) ui = strings;
    const openKey = items.find((it) => !it.tip.hidden)?.key;
    clear();
    const visible = findings.filter((f) => f.node && !dismissed.has(keyOf(f)));
    if (visible.length === 0) return;
    ensureLayer();
    for (const f of visible) {
      const element = elementOf(f.node);
      if (!element) continue;
      items.push(build(f, element));
    }
    position();
    if (items.length && firstShownAt === null) firstShownAt = performance.now();
    const reopen = items.find((it) => it.key === openKey);
    if (reopen) toggle(reopen, true, false);
  }

  function build(f, element) {
    const key = keyOf(f);
    const c = colourOf(f);
    const outline = document.createElement('div');
    outline.className = 'outline';
    outline.style.setProperty('--c', c);
    const marker = document.createElement('button');
    marker.type = 'button';
    marker.className = 'marker';
    marker.style.setProperty('--c', c);
    marker.textContent = f.state === 'resolved-by-user' ? '✓' : f.severity === 'violation' ? '!' : f.severity === 'pass' ? '✓' : '?';
    marker.setAttribute('aria-label', ui('markerLabel', [ui(SEVERITY_KEY[f.severity] || 'sevWarning'), f.title]));
    marker.setAttribute('aria-expanded', 'false');
    marker.dataset.rule = f.rule;
    marker.dataset.severity = f.severity;
    marker.dataset.state = f.state || 'open';
    const tip = tooltip(f, c);
    const tipId = `kw-tip-${items.length}`;
    tip.id = tipId;
    marker.setAttribute('aria-controls', tipId);
    const item = { key, finding: f, element, outline, marker, tip };
    marker.addEventListener('click', (e) => { e.stopPropagation(); toggle(item, tip.hidden, true); });
    marker.addEventListener('keydown', (e) => { if (e.key === 'Escape') toggle(item, false, true); });
    tip.addEventListener('keydown', (e) => { if (e.key === 'Escape') toggle(item, false, true); });
    tip.querySelector('[data-act=close]').addEventListener('click', () => toggle(item, false, true));
    tip.querySelector('[data-act=dismiss]').addEventListener('click', () => dismiss(item));
    layer.append(outline, marker, tip);
    return item;
  }

  function tooltip(f, c) {
    const tip = document.createElement('div');
    tip.className = 'tip';
    tip.hidden = true;
    tip.setAttribute('role', 'dialog');
    tip.tabIndex = -1; // focus lands on the dialog itself, at its top; Tab reaches its buttons
    tip.style.setProperty('--c', c);
    const add = (tag, cls, text) => {
      const n = document.createElement(tag);
      if (cls) n.className = cls;
      if (text !== undefined) n.textContent = text;
      tip.append(n);
      return n;
    };
    add('div', 'sev', ui(SEVERITY_KEY[f.severity] || 'sevWarning'));
    const title = add('div', 'title', f.title);
    title.id = `t-${Math.random().toString(36).slice(2)}`;
    tip.setAttribute('aria-labelledby', title.id);
    if (f.state === 'resolved-by-user') add('p', 'state', ui('resolvedByUser'));
    add('p', 'msg', f.message);
    if (f.law && f.law.length) {
      add('h3', '', ui('tooltipLaw'));
      const list = add('ul', '');
      for (const l of f.law) {
        const li = document.createElement('li');
        li.textContent = l;
        list.append(li);
      }
    }
    if (f.fix) {
      add('h3', '', ui('tooltipFix'));
      add('p', 'fix', f.fix);
    }
    if (f.section && f.section.name) add('div', 'section', ui('tooltipSection', [f.section.name]));
    const buttons = add('div', 'buttons');
    for (const [act, label] of [['dismiss', ui('tooltipDismiss')], ['close', ui('tooltipClose')]]) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'act';
      b.dataset.act = act;
      b.textContent = label;
      buttons.append(b);
    }
    return tip;
  }

  function toggle(item, open, moveFocus) {
    for (const other of items) {
      if (other !== item && !other.tip.hidden) {
        other.tip.hidden = true;
        other.marker.setAttribute('aria-expanded', 'false');
      }
    }
    item.tip.hidden = !open;
    item.marker.setAttribute('aria-expanded', String(open));
    position();
    if (moveFocus) (open ? item.tip : item.marker).focus({ preventScroll: true });
  }

  function dismiss(item) {
    dismissed.add(item.key);
    item.outline.remove();
    item.marker.remove();
    item.tip.remove();
    items = items.filter((it) => it !== item);
  }

  function clear() {
    for (const it of items) { it.outline.remove(); it.marker.remove(); it.tip.remove(); }
    items = [];
  }

  function schedule() {
    if (frame) return;
    frame = requestAnimationFrame(() => { frame = 0; position(); });
  }

  // Elements in same-origin frames are measured in their frame: add the frames' offsets.
  function rectOf(el) {
    const r = el.getBoundingClientRect();
    let x = r.left;
    let y = r.top;
    for (let win = el.ownerDocument.defaultView; win && win !== window && win.frameElement; win = win.parent) {
      const fr = win.frameElement.getBoundingClientRect();
      x += fr.left;
      y += fr.top;
    }
    return { left: x, top: y, width: r.width, height: r.height };
  }

  function position() {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const used = [];
    for (const it of items) {
      const connected = it.element.isConnected;
      const r = connected ? rectOf(it.element) : { left: 0, top: 0, width: 0, height: 0 };
      // Out of view: nothing is drawn (a marker pinned to the screen edge would point nowhere).
      const inView = r.top + r.height > 0 && r.top < vh && r.left + r.width > 0 && r.left < vw;
      const shown = connected && (r.width > 0 || r.height > 0) && inView;
      it.outline.style.display = shown ? '' : 'none';
      it.marker.style.display = shown ? '' : 'none';
      if (!shown) { it.tip.hidden = true; continue; }
      Object.assign(it.outline.style, {
        left: `${r.left - 4}px`, top: `${r.top - 4}px`, width: `${r.width + 8}px`, height: `${r.height + 8}px`,
      });
      // A small control (a checkbox) gets its marker on its left, clear of its label; anything
      // larger at its top-right corner. Markers of one spot stack sideways.
      const small = r.width < 48 && r.height < 48;
      let mx = small ? r.left - 36 : r.left + r.width - 13;
      const my = Math.max(2, small ? r.top + r.height / 2 - 13 : r.top - 13);
      mx = Math.min(Math.max(mx, 2), vw - 30);
      while (used.some(([ux, uy]) => Math.abs(ux - mx) < 28 && Math.abs(uy - my) < 28)) mx -= 30;
      used.push([mx, my]);
      Object.assign(it.marker.style, { left: `${mx}px`, top: `${my}px` });
      if (!it.tip.hidden) {
        const tw = Math.min(420, vw - 16);
        const th = it.tip.offsetHeight || 200;
        const tx = Math.min(Math.max(mx - tw + 26, 8), vw - tw - 8);
        const below = my + 32;
        const ty = below + th <= vh - 8 ? below : Math.max(8, my - th - 6);
        Object.assign(it.tip.style, { left: `${tx}px`, top: `${ty}px`, width: `${tw}px` });
      }
    }
  }

  // Scrolls to the finding's element and makes its outline flash ("show on page" in the popup).
  function reveal(node) {
    const it = items.find((i) => i.finding.node === node);
    if (!it) return false;
    it.element.scrollIntoView({ block: 'center', behavior: 'instant' });
    position();
    it.outline.classList.remove('flash');
    void it.outline.offsetWidth;
    it.outline.classList.add('flash');
    toggle(it, true, true);
    return true;
  }

  // For the extension's own tests and diagnostics, reachable only from the extension's isolated
  // world: what is drawn, where, and with which words.
  function describe() {
    return {
      firstShownAt,
      items: items.map((it) => ({
        rule: it.finding.rule,
        node: it.finding.node,
        severity: it.finding.severity,
        state: it.marker.dataset.state,
        marker: it.marker.getBoundingClientRect().toJSON(),
        element: rectOf(it.element),
        label: it.marker.getAttribute('aria-label'),
        open: !it.tip.hidden,
        text: it.tip.textContent,
      })),
    };
  }

  return { show, reveal, describe, clear, open: (i) => items[i] && toggle(items[i], true, true) };
})();
