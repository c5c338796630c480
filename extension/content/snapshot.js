// Builds the page snapshot (kassawacht.snapshot/1, see docs/snapshot.md) from the live DOM. It is
// the only code that reads the shop's page, so the privacy promise lives here: what a person typed
// into a field is never read into the snapshot — a field only says whether it is `filled`.
// Classic script (content scripts cannot be ES modules); it exposes one namespace object in the
// extension's isolated world, never to the page.
'use strict';

globalThis.KassawachtSnapshot = (() => {
  const SCHEMA = 'kassawacht.snapshot/1';
  const MAX_NODES = 250000;
  const MAX_TEXT = 8000; // characters; the contract allows 64 KiB of UTF-8
  const SKIP_TAGS = new Set([
    'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'META', 'LINK', 'BASE', 'HEAD', 'TITLE', 'PATH',
    'DEFS', 'G', 'USE', 'SYMBOL', 'CIRCLE', 'RECT', 'POLYGON', 'LINE', 'ELLIPSE', 'POLYLINE',
  ]);
  // Input types whose value is the shop's own label, never the user's.
  const BUTTON_INPUTS = new Set(['submit', 'button', 'reset', 'image']);
  const TOGGLE_INPUTS = new Set(['checkbox', 'radio']);
  // Autocomplete tokens and field names that mark a select as personal (a birth date, a country):
  // the chosen option is then reported only as filled.
  const PERSONAL_SELECT = /\b(bday|birth|geboor|day|dag|month|maand|year|jaar|country|land|cc-|address|adres|title|aanhef|gender|geslacht)/i;
  const CURRENCY = /[€$£]|\bEUR\b|,-|\d[.,]\d{2}\b/;
  const ATTRS = ['type', 'name', 'id', 'for', 'href', 'alt', 'title', 'placeholder', 'role',
    'autocomplete', 'data-testid', 'action'];
  const ATTR_SET = new Set(ATTRS);
  const IMPLICIT_ROLE = {
    A: (el) => (el.hasAttribute('href') ? 'link' : ''),
    BUTTON: () => 'button',
    SELECT: () => 'combobox',
    TEXTAREA: () => 'textbox',
    H1: () => 'heading', H2: () => 'heading', H3: () => 'heading',
    H4: () => 'heading', H5: () => 'heading', H6: () => 'heading',
    IMG: () => 'img',
    FORM: () => 'form',
    NAV: () => 'navigation',
    FOOTER: () => 'contentinfo',
    HEADER: () => 'banner',
    MAIN: () => 'main',
    DIALOG: () => 'dialog',
    TABLE: () => 'table',
    LI: () => 'listitem',
    INPUT: (el) => {
      const t = (el.getAttribute('type') || 'text').toLowerCase();
      if (t === 'checkbox') return 'checkbox';
      if (t === 'radio') return 'radio';
      if (BUTTON_INPUTS.has(t)) return 'button';
      if (t === 'hidden') return '';
      return 'textbox';
    },
  };

  // ARIA switches and checkboxes built from divs: the state first seen is what the shop chose
  // (there is no HTML default to read), recorded before the user can touch it.
  const firstAriaState = new WeakMap();

  const collapse = (s) => s.replace(/\s+/g, ' ').trim();
  // White space collapsed within each line; line breaks kept, one per break (docs/snapshot.md).
  const collapseLines = (s) => s.split('\n').map(collapse).filter((l) => l !== '').join('\n');
  const cut = (s) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 1)}…` : s);

  function isTextField(el) {
    if (el.tagName === 'TEXTAREA') return true;
    if (el.tagName !== 'INPUT') return false;
    const t = (el.getAttribute('type') || 'text').toLowerCase();
    return !BUTTON_INPUTS.has(t) && !TOGGLE_INPUTS.has(t) && t !== 'hidden';
  }

  function isEditable(el) {
    return el.isContentEditable && !(el.parentElement && el.parentElement.isContentEditable);
  }

  function rendered(el) {
    if (typeof el.checkVisibility === 'function') {
      return el.checkVisibility({ visibilityProperty: true });
    }
    return el.getClientRects().length > 0;
  }

  // Marks where a child element sits in its parent's text while that text is collapsed.
  const MARK = '\u0001';
  const utf8 = new TextEncoder();

  // `marked` without its marks, exactly as it would have been collapsed without them, and each
  // mark's place in the result (the host's HTML reader does the same: take_marks).
  function takeMarks(marked) {
    let out = '';
    const at = [];
    for (let i = 0; i < marked.length; i += 1) {
      const c = marked[i];
      if (c === MARK) {
        const lineStart = out === '' || out.endsWith('\n');
        const next = i + 1 < marked.length ? marked[i + 1] : '\n';
        if (next === ' ' && (lineStart || out.endsWith(' '))) i += 1;
        else if (!lineStart && out.endsWith(' ') && next === '\n') out = out.slice(0, -1);
        at.push(out.length);
      } else if (!(c === '\n' && (out === '' || out.endsWith('\n')))) {
        out += c;
      }
    }
    out = out.replace(/[\n ]+$/, '');
    for (let k = at.length - 1; k >= 0; k -= 1) {
      at[k] = Math.min(at[k], k + 1 < at.length ? at[k + 1] : out.length);
    }
    return { text: out, at };
  }

  // The element's own text: its direct text children, white space collapsed, and a <br> kept as a
  // line break (an address's name, street and town are lines). Form fields and editable regions
  // give none (that would be what the user typed). Records in `places` where each child element
  // reads in that text (its `at`, in UTF-8 bytes), so "Lees onze <a>voorwaarden</a> vooraf" can
  // be read as one sentence.
  function ownText(el, places) {
    let s = '';
    const kids = [];
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === Node.TEXT_NODE) s += ` ${c.data.replace(/\n/g, ' ').split(MARK).join('')}`;
      else if (c.nodeType === Node.ELEMENT_NODE && c.tagName === 'BR') s += '\n';
      else if (c.nodeType === Node.ELEMENT_NODE) { s += MARK; kids.push(c); }
    }
    const { text, at } = takeMarks(collapseLines(s));
    const shown = cut(text);
    if (shown && places) {
      const bytes = utf8.encode(shown).length;
      kids.forEach((k, i) => places.set(k, Math.min(bytes, utf8.encode(text.slice(0, at[i])).length)));
    }
    return shown;
  }

  // Text of a subtree for names (buttons, links, labels); never a field's content.
  function textOf(root, budget = 600) {
    let out = '';
    const walk = (n) => {
      if (out.length > budget) return;
      if (n.nodeType === Node.TEXT_NODE) { out += ` ${n.data}`; return; }
      if (n.nodeType !== Node.ELEMENT_NODE) return;
      if (SKIP_TAGS.has(n.tagName) || isTextField(n) || n.tagName === 'SELECT') return;
      if (n.tagName === 'IMG') { out += ` ${n.getAttribute('alt') || ''}`; return; }
      if (n.isContentEditable) return;
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    };
    walk(root);
    return collapse(out).slice(0, budget);
  }

  // An approximation of the accessible name, enough for the rules: aria-labelledby, aria-label,
  // <label>s, alt, a button's text or label value, title, placeholder.
  function accessibleName(el, tag, role) {
    const doc = el.ownerDocument;
    const by = el.getAttribute('aria-labelledby');
    if (by) {
      const s = by.split(/\s+/).map((id) => doc.getElementById(id)).filter(Boolean)
        .map((n) => textOf(n)).join(' ');
      if (s.trim()) return collapse(s);
    }
    const aria = el.getAttribute('aria-label');
    if (aria && aria.trim()) return collapse(aria);
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      const type = (el.getAttribute('type') || '').toLowerCase();
      if (tag === 'INPUT' && BUTTON_INPUTS.has(type)) {
        return collapse(type === 'image' ? el.getAttribute('alt') || '' : el.value || el.getAttribute('value') || '');
      }
      const labels = el.labels ? Array.from(el.labels).map((l) => textOf(l)).join(' ') : '';
      if (labels.trim()) return collapse(labels);
      return collapse(el.getAttribute('title') || el.getAttribute('placeholder') || '');
    }
    if (tag === 'IMG') return collapse(el.getAttribute('alt') || el.getAttribute('title') || '');
    if (role === 'button' || role === 'link' || role === 'checkbox' || role === 'radio' ||
        role === 'switch' || role === 'heading' || role === 'tab' || role === 'option' ||
        role === 'menuitem' || tag === 'LABEL' || tag === 'SUMMARY') {
      const s = textOf(el);
      return s || collapse(el.getAttribute('title') || '');
    }
    return '';
  }

  function ariaChecked(el) {
    const v = el.getAttribute('aria-checked');
    if (v === 'true') return true;
    if (v === 'false') return false;
    return undefined;
  }

  // One pass over the element's attributes (cheaper than asking for each wanted name).
  function selectedAttrs(el, tag) {
    const attrs = {};
    const buttonLike = tag === 'BUTTON' || (tag === 'INPUT' && BUTTON_INPUTS.has((el.getAttribute('type') || '').toLowerCase()));
    for (const a of el.attributes) {
      const name = a.name;
      const v = a.value;
      if (v === '') continue;
      if (ATTR_SET.has(name) || (name.startsWith('aria-') && name !== 'aria-valuetext')) {
        attrs[name] = v.length > 2000 ? v.slice(0, 2000) : v;
      } else if (name === 'class') {
        attrs.class = v.length > 200 ? v.slice(0, 200) : v;
      } else if (name === 'value' && buttonLike) {
        // The value of a button-like control is the shop's label; of any other field it could be
        // what the user typed, and the host refuses it.
        attrs.value = v;
      }
    }
    if (tag === 'A' && attrs.href !== undefined) attrs.href = el.href; // absolute, to compare hosts
    if (tag === 'FORM' && attrs.action !== undefined) attrs.action = el.action;
    return attrs;
  }

  // Nodes whose layout the rules read: controls and headings (placement, prominence) and text
  // that shows an amount (price prominence, struck-through "van" prices). Computed style is read
  // only for these, so a big page stays cheap.
  function needsStyle(role, text) {
    return role === 'button' || role === 'checkbox' || role === 'radio' || role === 'switch' ||
      role === 'heading' || (text !== '' && /\d/.test(text) && CURRENCY.test(text));
  }

  function struckThrough(el) {
    for (let n = el, i = 0; n && i < 2; n = n.parentElement, i += 1) {
      if (n.tagName === 'S' || n.tagName === 'DEL' || n.tagName === 'STRIKE') return true;
      const line = getComputedStyle(n).textDecorationLine || '';
      if (line.includes('line-through')) return true;
    }
    return false;
  }

  // Takes the snapshot. Returns { snapshot, elements, stats }: elements[i] is the element of
  // snapshot.nodes[i], so findings (which name node ids) can be drawn next to their element.
  function take(doc = document) {
    const t0 = performance.now();
    const nodes = [];
    const elements = [];
    const frames = [];
    let styled = 0;
    let truncated = false;

    const places = new Map(); // element -> its place in its parent's text (node.at)
    const visit = (el, parent, offset) => {
      if (nodes.length >= MAX_NODES) { truncated = true; return; }
      const tag = el.tagName;
      if (SKIP_TAGS.has(tag)) return;
      if (tag === 'INPUT' && (el.getAttribute('type') || '').toLowerCase() === 'hidden') return;
      if (el.hasAttribute('data-kassawacht-layer')) return; // our own overlay
      const index = nodes.length;
      const explicitRole = (el.getAttribute('role') || '').trim().split(/\s+/)[0] || '';
      const role = explicitRole || (IMPLICIT_ROLE[tag] ? IMPLICIT_ROLE[tag](el) : '');
      const node = { id: `k${index}`, parent, tag: tag.toLowerCase() };
      if (places.has(el)) node.at = places.get(el);
      if (role) node.role = role;
      let isRendered = rendered(el);
      const type = (el.getAttribute('type') || '').toLowerCase();
      const toggle = tag === 'INPUT' && TOGGLE_INPUTS.has(type);
      // Custom-styled boxes hide the real input and draw the label: the box is as visible as it.
      if (!isRendered && toggle && el.labels && Array.from(el.labels).some(rendered)) isRendered = true;
      if (!isRendered) node.visible = false;

      const editable = isEditable(el);
      const text = isTextField(el) || editable || tag === 'SELECT' || tag === 'OPTION' ? '' : ownText(el, places);
      if (text) node.text = text;
      const name = cut(accessibleName(el, tag, role));
      if (name) node.name = name;
      const attrs = selectedAttrs(el, tag);
      if (Object.keys(attrs).length) node.attrs = attrs;

      if (toggle) {
        node.checked = el.checked;
        node.defaultChecked = el.defaultChecked;
      } else if (role === 'checkbox' || role === 'switch' || role === 'radio' || role === 'menuitemcheckbox') {
        const state = ariaChecked(el);
        if (state !== undefined) {
          if (!firstAriaState.has(el)) firstAriaState.set(el, state);
          node.checked = state;
          node.defaultChecked = firstAriaState.get(el);
        }
      }
      if (el.disabled === true || el.getAttribute('aria-disabled') === 'true') node.disabled = true;
      // Privacy: whether a field holds something, never what.
      if (isTextField(el)) node.filled = type === 'file' ? el.files && el.files.length > 0 : el.value !== '';
      if (editable) node.filled = collapse(el.textContent || '') !== '';
      if (tag === 'SELECT') {
        const personal = PERSONAL_SELECT.test(`${el.getAttribute('autocomplete') || ''} ${el.name || ''} ${el.id || ''}`);
        const opt = el.selectedOptions && el.selectedOptions[0];
        if (personal || !opt) node.filled = el.selectedIndex > 0;
        else node.text = cut(collapse(opt.textContent || ''));
      }

      if (isRendered && needsStyle(role, text || name)) {
        styled += 1;
        const r = el.getBoundingClientRect();
        node.box = [r.left + offset.x, r.top + offset.y, Math.max(0, r.width), Math.max(0, r.height)]
          .map((v) => Math.round(v * 10) / 10);
        const cs = getComputedStyle(el);
        const size = parseFloat(cs.fontSize);
        const weight = parseInt(cs.fontWeight, 10);
        node.font = {};
        if (size > 0) node.font.size = size;
        if (weight >= 1 && weight <= 1000) node.font.weight = weight;
        if (struckThrough(el)) node.struck = true;
      } else if (tag === 'S' || tag === 'DEL' || tag === 'STRIKE') {
        node.struck = true;
      }
      nodes.push(node);
      elements.push(el);

      // A subtree that is not rendered holds nothing a person reads; its toggles are rare enough.
      if (!isRendered && !toggle) {
        descendHidden(el, index, offset);
        return;
      }
      if (tag === 'IFRAME' || tag === 'FRAME') {
        let inner = null;
        try { inner = el.contentDocument; } catch (_) { inner = null; }
        if (inner && inner.body) {
          const r = el.getBoundingClientRect();
          frames.push({ node: index, src: el.src || '', inspected: true });
          visit(inner.body, index, { x: offset.x + r.left, y: offset.y + r.top });
        } else {
          const sandboxed = el.hasAttribute('sandbox') && !/allow-same-origin/.test(el.getAttribute('sandbox'));
          frames.push({ node: index, src: originOf(el.src), inspected: false, reason: sandboxed ? 'sandboxed' : 'cross-origin' });
        }
        return;
      }
      if (editable || isTextField(el) || tag === 'SELECT') return;
      if (el.shadowRoot) {
        for (let c = el.shadowRoot.firstElementChild; c; c = c.nextElementSibling) visit(c, index, offset);
      }
      for (let c = el.firstElementChild; c; c = c.nextElementSibling) visit(c, index, offset);
    };

    // Inside a hidden subtree only pre-ticked boxes matter (a hidden pre-ticked extra is still
    // charged); everything else is skipped.
    const descendHidden = (root, index, offset) => {
      for (const box of root.querySelectorAll('input[type=checkbox], input[type=radio]')) {
        if (nodes.length >= MAX_NODES) return;
        const i = nodes.length;
        const n = { id: `k${i}`, parent: index, tag: 'input', role: box.type, visible: false,
          checked: box.checked, defaultChecked: box.defaultChecked };
        const name = cut(accessibleName(box, 'INPUT', box.type));
        if (name) n.name = name;
        n.attrs = selectedAttrs(box, 'INPUT');
        nodes.push(n);
        elements.push(box);
        void offset;
      }
    };

    const root = doc.body || doc.documentElement;
    if (root) visit(root, -1, { x: window.scrollX, y: window.scrollY });
    const snapshot = {
      schema: SCHEMA,
      url: doc.location ? doc.location.href : '',
      lang: doc.documentElement.getAttribute('lang') || '',
      title: doc.title || '',
      layout: true,
      source: 'extension',
      nodes,
      frames,
      cookieNames: cookieNames(doc),
      scriptHosts: scriptHosts(doc),
    };
    return {
      snapshot,
      elements,
      stats: { nodes: nodes.length, styled, truncated, ms: performance.now() - t0 },
    };
  }

  function originOf(src) {
    try { return new URL(src).origin; } catch (_) { return src || ''; }
  }

  // Cookie names only (never values): enough to see a tracker set before consent.
  function cookieNames(doc) {
    let raw = '';
    try { raw = doc.cookie || ''; } catch (_) { raw = ''; }
    const names = raw.split(';').map((c) => c.split('=')[0].trim()).filter((n) => n && n.length <= 256);
    return Array.from(new Set(names)).slice(0, 200);
  }

  // Hosts of the page's external scripts other than the page's own.
  function scriptHosts(doc) {
    const own = doc.location ? doc.location.hostname : '';
    const hosts = new Set();
    for (const s of doc.scripts) {
      if (!s.src) continue;
      try {
        const h = new URL(s.src).hostname;
        if (h && h !== own) hosts.add(h);
      } catch (_) { /* an unparsable src names no host */ }
    }
    return Array.from(hosts).slice(0, 200);
  }

  return { take, SCHEMA };
})();
