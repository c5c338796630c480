#!/usr/bin/env node
// Browser-side benchmark: for a checkout page of about 3 000 elements, how long from navigation
// until the first inline warning is drawn, and how long the content script's snapshot takes.
// Baselines measured in the same run and the same page: the page's own load event (what the user
// waits for anyway) and a bare walk over every element reading its tag and attributes (the least any
// DOM snapshot must do). Reports medians; never asserted in tests.
// Usage: node bench/extension/first-warning.mjs [RUNS]   (needs build/release/host/kassawacht)
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, inIsolatedWorld, overlayOf, repo, waitFor } from '../../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] || 9);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// The demo shop's final step with a realistic amount of everything else a shop page carries:
// a mega menu, product recommendations and a long footer.
function bigCheckout() {
  let html = readFileSync(join(repo, 'examples', 'demo-shop', 'afrekenen', 'index.html'), 'utf8');
  const menu = Array.from({ length: 60 }, (_, i) => `<li><a href="/c/${i}">Categorie ${i}</a><ul>${
    Array.from({ length: 8 }, (__, j) => `<li><a href="/c/${i}/${j}">Sub ${i}.${j}</a></li>`).join('')}</ul></li>`).join('');
  const recs = Array.from({ length: 250 }, (_, i) => `<div class="rec"><img alt="Product ${i}" src="data:,"><h3>Accessoire ${i}</h3>` +
    `<p><span class="price">€ ${10 + i},95</span> <span>incl. btw</span></p><button type="button">Bekijk</button></div>`).join('');
  const footer = Array.from({ length: 150 }, (_, i) => `<a href="/info/${i}">Informatie ${i}</a>`).join(' · ');
  html = html.replace('<main class="site-main">', `<nav class="mega"><ul>${menu}</ul></nav><main class="site-main">`);
  html = html.replace('</main>', `<section class="recs"><h2>Vaak samen gekocht</h2>${recs}</section></main>`);
  html = html.replace('</footer>', `<p>${footer}</p></footer>`);
  return html;
}

const root = mkdtempSync(join(tmpdir(), 'kassawacht-bench-'));
mkdirSync(join(root, 'afrekenen'));
writeFileSync(join(root, 'afrekenen', 'index.html'), bigCheckout());
writeFileSync(join(root, 'style.css'), readFileSync(join(repo, 'examples', 'demo-shop', 'style.css')));

const kw = await launch({ servePages: root });
const rows = [];
try {
  const page = await kw.context.newPage();
  for (let i = 0; i < runs + 1; i += 1) {
    await page.goto(`${kw.pages}/afrekenen/?run=${i}`);
    const o = await waitFor(() => overlayOf(page), (x) => x && x.firstShownAt !== null, { what: 'first warning', timeout: 30000 });
    const load = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
    const walk = await inIsolatedWorld(page, `(() => { const t = performance.now(); let n = 0;
      for (const el of document.querySelectorAll('*')) { n += el.tagName.length + el.attributes.length; }
      return { ms: performance.now() - t, elements: document.querySelectorAll('*').length, n }; })()`);
    // Warm: the same snapshot again, as every re-analysis after a DOM change does.
    const warm = await inIsolatedWorld(page, `(() => { const t = performance.now();
      const s = KassawachtSnapshot.take(document); const ms = performance.now() - t;
      const j = performance.now(); JSON.stringify(s.snapshot); return { ms, json: performance.now() - j }; })()`);
    const snap = o.timing.snapshots[0];
    if (i > 0) {
      rows.push({ firstWarning: o.firstShownAt, load, snapshot: snap.ms, warm: warm.ms, json: warm.json,
        styled: snap.styled, nodes: snap.nodes, walk: walk.ms, elements: walk.elements });
    }
  }
} finally {
  await kw.close();
  rmSync(root, { recursive: true, force: true });
}

const m = (k) => median(rows.map((r) => r[k]));
const report = {
  runs, elements: m('elements'), snapshotNodes: m('nodes'), styledNodes: m('styled'),
  medianMs: {
    loadEvent: m('load'), firstWarning: m('firstWarning'), firstSnapshot: m('snapshot'),
    warmSnapshot: m('warm'), stringify: m('json'), bareWalk: m('walk'),
  },
  ratios: {
    firstWarningOverLoad: m('firstWarning') / m('load'),
    firstSnapshotOverLoad: m('snapshot') / m('load'),
    warmSnapshotOverBareWalk: m('warm') / m('walk'),
  },
};
console.log(JSON.stringify(report, null, 2));
