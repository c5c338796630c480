// The content script's conductor: takes a snapshot when the page is ready and again, debounced,
// whenever the checkout changes (AJAX steps, React/Vue re-renders, a ticked box, a chosen payment
// method); hands it to the service worker, which asks the native host; draws what comes back.
'use strict';

(() => {
  const Snapshot = globalThis.KassawachtSnapshot;
  const Overlay = globalThis.KassawachtOverlay;
  const DEBOUNCE_MS = 400; // DOM changes come in bursts; wait for the burst to end
  const CHANGE_MS = 120; // a ticked box or chosen option: the user is waiting for the answer
  const MIN_GAP_MS = 800; // at most one analysis per this, even on a page that never stops changing
  const BUSY_GAP_MS = 5000; // ...and far fewer on one that keeps changing (a ticking timer)

  let elements = [];
  let lastSent = '';
  let lastAt = 0;
  let recent = [];
  let timer = 0;
  let inFlight = false;
  let again = false;
  let latest = null; // the latest reply: { result, settings, ui }
  const timing = { start: performance.now(), snapshots: [] };

  const elementOf = (id) => {
    const i = Number.parseInt(String(id).slice(1), 10);
    return Number.isInteger(i) ? elements[i] : undefined;
  };

  // A short, stable CSS selector for an element, for shop owners who want to find it in their code.
  function selectorOf(el) {
    const parts = [];
    for (let n = el; n && n.nodeType === 1 && parts.length < 6; n = n.parentElement) {
      if (n.id && /^[A-Za-z][\w-]*$/.test(n.id)) { parts.unshift(`#${n.id}`); break; }
      let part = n.tagName.toLowerCase();
      const name = n.getAttribute('name');
      if (name && /^[\w-[\]]+$/.test(name)) part += `[name="${name}"]`;
      else if (n.parentElement) {
        const same = Array.from(n.parentElement.children).filter((c) => c.tagName === n.tagName);
        if (same.length > 1) part += `:nth-of-type(${same.indexOf(n) + 1})`;
      }
      parts.unshift(part);
    }
    return parts.join(' > ');
  }

  function visibleInMode(f, mode) {
    if (mode === 'owner') return f.severity !== 'pass';
    return f.severity === 'violation' || f.severity === 'warning';
  }

  function render() {
    if (!latest || !latest.result || !Array.isArray(latest.result.findings)) { Overlay.clear(); return; }
    const mode = (latest.settings && latest.settings.mode) || 'consumer';
    const ui = latest.ui ? (key, subs) => format(latest.ui[key], subs) || chrome.i18n.getMessage(key, subs) : undefined;
    Overlay.show(latest.result.findings.filter((f) => visibleInMode(f, mode)), elementOf, ui);
  }

  // Fills $1, $2 … in a message the service worker sent in the chosen language.
  function format(text, subs) {
    if (!text) return '';
    const list = Array.isArray(subs) ? subs : subs === undefined ? [] : [subs];
    return text.replace(/\$(\d)/g, (_, d) => list[Number(d) - 1] ?? '');
  }

  async function analyse(reason) {
    if (inFlight) { again = true; return; }
    inFlight = true;
    try {
      const taken = Snapshot.take(document);
      timing.snapshots.push({ reason, ms: taken.stats.ms, nodes: taken.stats.nodes, styled: taken.stats.styled });
      if (timing.snapshots.length > 50) timing.snapshots.shift();
      const body = JSON.stringify(taken.snapshot);
      if (body === lastSent && reason !== 'reanalyse') return;
      elements = taken.elements;
      lastSent = body;
      lastAt = performance.now();
      recent = recent.filter((t) => lastAt - t < 30000).concat(lastAt);
      const reply = await chrome.runtime.sendMessage({ type: 'analyze', snapshot: taken.snapshot, reason });
      if (!reply) return;
      latest = reply;
      render();
      if (reply.result && Array.isArray(reply.result.findings)) {
        const selectors = {};
        for (const f of reply.result.findings) {
          for (const id of [f.node, ...(f.related || [])]) {
            const el = id ? elementOf(id) : null;
            if (el && !selectors[id]) selectors[id] = selectorOf(el);
          }
        }
        chrome.runtime.sendMessage({ type: 'selectors', selectors }).catch(() => {});
      }
    } catch (e) {
      // The service worker restarts now and then; the next change or reconnect analyses again.
      if (!String(e && e.message).includes('Extension context invalidated')) console.debug('kassawacht:', e);
    } finally {
      inFlight = false;
      if (again) { again = false; schedule(DEBOUNCE_MS, 'coalesced'); }
    }
  }

  function schedule(delay, reason) {
    clearTimeout(timer);
    const gap = recent.length > 10 ? BUSY_GAP_MS : MIN_GAP_MS;
    const wait = Math.max(delay, lastAt + gap - performance.now());
    timer = setTimeout(() => analyse(reason), wait);
  }

  // Our own layer is the only thing we add to the page; its changes are not the shop's.
  const ours = (n) => n.nodeType === 1 && n.hasAttribute('data-kassawacht-layer');
  const observer = new MutationObserver((records) => {
    const shopChanged = records.some((r) => !(r.type === 'childList' && r.target === document.documentElement &&
      [...r.addedNodes, ...r.removedNodes].every(ours)));
    if (shopChanged) schedule(DEBOUNCE_MS, 'dom');
  });
  observer.observe(document.documentElement, {
    subtree: true, childList: true, characterData: true, attributes: true,
    attributeFilter: ['aria-checked', 'aria-hidden', 'aria-disabled', 'hidden', 'disabled', 'open', 'style', 'class', 'checked', 'selected', 'href'],
  });
  document.addEventListener('change', (e) => {
    const t = e.target;
    if (t && (t.type === 'checkbox' || t.type === 'radio' || t.tagName === 'SELECT' || t.type === 'email' || t.tagName === 'INPUT')) {
      schedule(CHANGE_MS, 'change');
    }
  }, true);
  document.addEventListener('click', (e) => {
    const t = e.target && e.target.closest && e.target.closest('[role=switch],[role=checkbox],[role=radio]');
    if (t) schedule(CHANGE_MS, 'change');
  }, true);
  window.addEventListener('pageshow', (e) => { if (e.persisted) schedule(0, 'bfcache'); });

  chrome.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
    if (!msg || typeof msg.type !== 'string') return false;
    if (msg.type === 'reanalyse') { lastSent = ''; schedule(0, 'reanalyse'); sendResponse({ ok: true }); }
    else if (msg.type === 'settings-changed') { if (latest) latest.settings = msg.settings; if (msg.ui && latest) latest.ui = msg.ui; lastSent = ''; schedule(0, 'reanalyse'); sendResponse({ ok: true }); }
    else if (msg.type === 'reveal') sendResponse({ ok: Overlay.reveal(msg.node) });
    else return false;
    return false;
  });

  // For the extension's own tests and benchmark only; lives in the isolated world, not the page's.
  globalThis.kassawachtInspect = () => ({ ...Overlay.describe(), timing, lastReply: latest && latest.result });
  globalThis.kassawachtOpen = (i) => Overlay.open(i);

  analyse('load');
  // document_idle may come before the stylesheets: the first snapshot then has the browser's default
  // font sizes, and a static page sends no mutation to correct it. Look again once the page has
  // loaded.
  if (document.readyState !== 'complete') {
    window.addEventListener('load', () => schedule(0, 'loaded'), { once: true });
  }
})();
