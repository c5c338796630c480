// End-to-end: the real extension in Debian's Chromium with the real host over native messaging,
// on the demo shop and fixture pages served on 127.0.0.1.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  badgeOf, hostPids, ids, inIsolatedWorld, launch, overlayOf, received, rule, saveArtefact, tabIdOf, waitFor,
} from './harness.mjs';

const T = { timeout: 90000 };
const markersOf = (o) => (o && o.items ? o.items : []);
const ofRule = (o, id) => markersOf(o).filter((i) => i.rule === id);

// Whether a marker sits next to its element: within 48 px of the element's box.
function nextTo(item) {
  const m = item.marker;
  const e = item.element;
  const cx = m.x + m.width / 2;
  const cy = m.y + m.height / 2;
  const dx = Math.max(e.left - cx, 0, cx - (e.left + e.width));
  const dy = Math.max(e.top - cy, 0, cy - (e.top + e.height));
  return Math.hypot(dx, dy) <= 48;
}

async function visit(kw, page, url, accept, what) {
  await page.goto(url);
  return waitFor(() => overlayOf(page), (o) => o && o.lastReply && accept(o), { what });
}

describe('extension in Chromium with the real host', () => {
  let kw;
  let page;
  before(async () => { kw = await launch(); page = await kw.context.newPage(); });
  after(async () => { if (kw) await kw.close(); });

  test('the product page flags a price shown mainly without VAT', T, async () => {
    const o = await visit(kw, page, `${kw.shop}/fietsen/classic-n7/`, (x) => ofRule(x, 'price-excl-vat').length > 0, 'price-excl-vat marker');
    const [m] = ofRule(o, 'price-excl-vat');
    assert.equal(m.severity, 'violation');
    assert.ok(nextTo(m), `marker not next to its element: ${JSON.stringify(m)}`);
    assert.ok(m.label.includes(rule('price-excl-vat').title.nl), m.label);
    await page.screenshot({ path: saveArtefact('price-excl-vat.png') });
  });

  test('the cart of the demo shop is fine', T, async () => {
    const o = await visit(kw, page, `${kw.shop}/winkelwagen/`, () => true, 'cart analysed');
    assert.deepEqual(markersOf(o).filter((i) => i.severity === 'violation'), []);
  });

  test('the final step shows each rule next to the right element, in Dutch', T, async () => {
    const expected = {
      'order-button-wording': '#place_order',
      'prechecked-paid-option': '#theft_insurance',
      'prechecked-consent': '#newsletter',
      'payment-surcharge': null, // the fee row or the method: either is the right place
      'late-extra-cost': null,
    };
    const o = await visit(kw, page, `${kw.shop}/afrekenen/`,
      (x) => Object.keys(expected).every((r) => ofRule(x, r).length > 0), 'five rules on the final step');
    for (const [id, selector] of Object.entries(expected)) {
      // Bring the element into view the way the popup's "show on page" does; then measure.
      await inIsolatedWorld(page, `globalThis.KassawachtOverlay.reveal(${JSON.stringify(ofRule(o, id)[0].node)})`);
      await page.keyboard.press('Escape');
      const [m] = ofRule(await overlayOf(page), id);
      const r = rule(id);
      assert.equal(m.severity, 'violation', id);
      assert.ok(nextTo(m), `${id}: marker not next to its element ${JSON.stringify(m)}`);
      assert.ok(m.label.startsWith('Kassawacht – Overtreding: '), m.label);
      assert.ok(m.label.includes(r.title.nl), `${id}: ${m.label}`);
      if (selector) {
        const box = await page.locator(selector).boundingBox();
        assert.ok(Math.abs(box.x - m.element.left) < 2 && Math.abs(box.y - m.element.top) < 2, `${id} is drawn at ${selector}`);
      }
    }
    // The late cost is the service fee the cart never showed.
    assert.ok(ofRule(o, 'late-extra-cost').some((m) => /Servicekosten/.test(m.text)), 'service fee named');
    // The tooltip: Dutch message, legal basis and the fix.
    await page.locator('#place_order').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 200);
    const button = await waitFor(async () => ofRule(await overlayOf(page), 'order-button-wording')[0], (b) => b.marker.width > 0, { what: 'button marker in view' });
    await page.mouse.click(button.marker.x + button.marker.width / 2, button.marker.y + button.marker.height / 2);
    const opened = await waitFor(() => overlayOf(page), (x) => ofRule(x, 'order-button-wording')[0].open, { what: 'tooltip open' });
    const text = ofRule(opened, 'order-button-wording')[0].text;
    assert.match(text, /Bestelling plaatsen/);
    assert.match(text, /Wettelijke basis/);
    assert.match(text, /6:230v/);
    assert.match(text, /Zo hoort het/);
    assert.match(text, /Thuiswinkel Waarborg – Totstandkoming overeenkomst/);
    await page.screenshot({ path: saveArtefact('final-step-tooltip.png') });
  });

  test('the badge counts the violations', T, async () => {
    const o = await overlayOf(page);
    const violations = o.lastReply.findings.filter((f) => f.severity === 'violation' && f.state !== 'resolved-by-user').length;
    assert.ok(violations >= 5);
    const tab = await tabIdOf(kw.worker, page.url());
    assert.equal(await badgeOf(kw.worker, tab), String(violations));
  });

  test('the popup lists the findings by section, worst first', T, async () => {
    const tab = await tabIdOf(kw.worker, page.url());
    const popup = await kw.context.newPage();
    await popup.goto(`chrome-extension://${ids.chromeExtensionId}/popup/popup.html?tab=${tab}`);
    await popup.waitForSelector('body[data-ready=true]');
    const items = await popup.$$eval('article.finding', (els) => els.map((e) => ({ rule: e.dataset.rule, severity: e.dataset.severity })));
    const o = await overlayOf(page);
    const shown = o.lastReply.findings.filter((f) => f.severity === 'violation' || f.severity === 'warning');
    assert.equal(items.length, shown.length);
    for (const r of ['order-button-wording', 'prechecked-paid-option', 'prechecked-consent', 'payment-surcharge', 'late-extra-cost']) {
      assert.ok(items.some((i) => i.rule === r), r);
    }
    const sections = await popup.$$eval('section.group h2', (els) => els.map((e) => e.textContent));
    assert.ok(sections.includes('Totstandkoming overeenkomst'), sections.join());
    assert.match(await popup.textContent('#status'), /overtreding/);
    // "Show on page" scrolls to the element and opens its tooltip.
    await popup.click('article.finding[data-rule="prechecked-consent"] button.show');
    await waitFor(() => overlayOf(page), (x) => ofRule(x, 'prechecked-consent')[0].open, { what: 'revealed' });
    await popup.close();
  });

  test('shop-owner mode shows rule ids, selectors and copy as JSON', T, async () => {
    await kw.worker.evaluate(() => chrome.storage.local.set({ settings: { mode: 'owner', lang: 'nl' } }));
    const tab = await tabIdOf(kw.worker, page.url());
    const popup = await kw.context.newPage();
    await popup.goto(`chrome-extension://${ids.chromeExtensionId}/popup/popup.html?tab=${tab}`);
    await popup.waitForSelector('body[data-ready=true]');
    await waitFor(async () => popup.$$eval('.meta', (els) => els.map((e) => e.textContent)), (m) => m.some((t) => t.includes('Element: ')), { what: 'selectors' });
    const meta = await popup.$$eval('.meta', (els) => els.map((e) => e.textContent));
    assert.ok(meta.some((t) => t.includes('Regel: order-button-wording')), meta.join('\n'));
    assert.ok(meta.some((t) => t.includes('#place_order')), meta.join('\n'));
    assert.equal(await popup.isVisible('#copy'), true);
    await popup.close();
    await kw.worker.evaluate(() => chrome.storage.local.set({ settings: { mode: 'consumer', lang: 'nl' } }));
  });

  test('unticking a pre-ticked paid box keeps the finding, taken care of for this order', T, async () => {
    await page.locator('#theft_insurance').uncheck();
    const o = await waitFor(() => overlayOf(page), (x) => ofRule(x, 'prechecked-paid-option')[0]?.state === 'resolved-by-user', { what: 'resolved state' });
    const [m] = ofRule(o, 'prechecked-paid-option');
    assert.equal(m.severity, 'violation');
    assert.match(m.text, /Voor deze bestelling opgelost/);
    const tab = await tabIdOf(kw.worker, page.url());
    const open = o.lastReply.findings.filter((f) => f.severity === 'violation' && f.state !== 'resolved-by-user').length;
    assert.equal(await badgeOf(kw.worker, tab), String(open));
    await page.screenshot({ path: saveArtefact('resolved-by-user.png') });
  });

  test('a value typed into the e-mail field never reaches the host', T, async () => {
    const secret = 'geheim.adres.4711@example.org';
    await page.fill('#billing_email', secret);
    await page.fill('#billing_last_name', 'Vermeulen-Typtest');
    await page.locator('#billing_email').blur();
    // The change is analysed: the host must have seen the field as filled.
    await waitFor(async () => received(kw.record), (msgs) => msgs.some((m) => m.type === 'analyze' &&
      m.snapshot.nodes.some((n) => n.attrs && n.attrs.id === 'billing_email' && n.filled === true)), { what: 'filled e-mail field analysed' });
    const raw = readFileSync(kw.record, 'utf8');
    assert.ok(!raw.includes(secret), 'the typed e-mail address reached the host');
    assert.ok(!raw.includes('geheim.adres'), 'part of the typed e-mail address reached the host');
    assert.ok(!raw.includes('Vermeulen-Typtest'), 'the typed name reached the host');
  });

  test('an address written with <br> keeps its lines, so the shop name above it is read', T, async () => {
    const o = await visit(kw, page, `${kw.pages}/compliant-shop/contact/`,
      (x) => x.lastReply.findings.some((f) => f.rule === 'company-name'), 'contact page analysed');
    const [name] = o.lastReply.findings.filter((f) => f.rule === 'company-name');
    assert.equal(name.severity, 'pass');
    assert.equal(name.evidence, 'Fietsenwinkel De Spaak');
    const sent = received(kw.record).filter((m) => m.type === 'analyze' && /\/contact\/$/.test(m.snapshot.url));
    assert.ok(sent.some((m) => m.snapshot.nodes.some((n) => n.tag === 'address' &&
      n.text === 'Fietsenwinkel De Spaak\nLuttekestraat 40\n8011 LS Zwolle')), 'address lines not kept in the snapshot');
  });

  test('a button whose text changes after load updates its warning', T, async () => {
    const o1 = await visit(kw, page, `${kw.pages}/dynamic-shop/afrekenen/`, (x) => x.lastReply.findings.some((f) => f.rule === 'order-button-wording'), 'dynamic page analysed');
    assert.deepEqual(ofRule(o1, 'order-button-wording'), []);
    await page.evaluate(() => window.setOrderButton('Bestelling plaatsen'));
    const o2 = await waitFor(() => overlayOf(page), (x) => ofRule(x, 'order-button-wording').length === 1, { what: 'warning after re-render' });
    assert.match(ofRule(o2, 'order-button-wording')[0].text, /Bestelling plaatsen/);
    await page.evaluate(() => window.setOrderButton('Bestellen met betalingsverplichting'));
    await waitFor(() => overlayOf(page), (x) => ofRule(x, 'order-button-wording').length === 0, { what: 'warning gone after fix' });
  });

  test('a compliant final step shows no warning', T, async () => {
    const o = await visit(kw, page, `${kw.pages}/compliant-shop/afrekenen/`, (x) => x.lastReply.findings.length > 0, 'compliant page analysed');
    assert.deepEqual(markersOf(o).map((m) => `${m.rule}:${m.severity}`), []);
    assert.ok(o.lastReply.findings.some((f) => f.rule === 'order-button-wording' && f.severity === 'pass'));
    const tab = await tabIdOf(kw.worker, page.url());
    assert.equal(await badgeOf(kw.worker, tab), '');
  });

  test('killing the host makes the extension reconnect and analyse again', T, async () => {
    await page.goto(`${kw.shop}/afrekenen/`);
    await waitFor(() => overlayOf(page), (x) => ofRule(x, 'order-button-wording').length === 1, { what: 'markers before kill' });
    const before = hostPids();
    assert.equal(before.length, 1, `one host process expected, got ${before}`);
    const count = received(kw.record).filter((m) => m.type === 'hello').length;
    execFileSync('kill', ['-9', String(before[0])]);
    const after = await waitFor(async () => hostPids(), (p) => p.length === 1 && p[0] !== before[0], { what: 'a new host process' });
    assert.notEqual(after[0], before[0]);
    await waitFor(async () => received(kw.record), (msgs) => msgs.filter((m) => m.type === 'hello').length > count &&
      msgs[msgs.length - 1].type === 'analyze', { what: 'hello and analyze after the restart' });
    const o = await waitFor(() => overlayOf(page), (x) => ofRule(x, 'order-button-wording').length === 1, { what: 'markers after restart' });
    assert.equal(ofRule(o, 'prechecked-consent').length, 1);
  });

  test('warnings are keyboard accessible and dismissible, and never change the shop page', T, async () => {
    const htmlBefore = await page.evaluate(() => document.body.outerHTML);
    const o = await overlayOf(page);
    const index = markersOf(o).findIndex((m) => m.rule === 'prechecked-consent');
    await inIsolatedWorld(page, `globalThis.kassawachtOpen(${index})`);
    await page.keyboard.press('Escape');
    let x = await overlayOf(page);
    assert.equal(ofRule(x, 'prechecked-consent')[0].open, false);
    await inIsolatedWorld(page, `globalThis.kassawachtOpen(${index})`);
    await page.keyboard.press('Tab'); // from the dialog to its first button, "Verbergen op deze pagina"
    await page.keyboard.press('Enter');
    x = await waitFor(() => overlayOf(page), (y) => ofRule(y, 'prechecked-consent').length === 0, { what: 'dismissed' });
    assert.ok(ofRule(x, 'order-button-wording').length === 1);
    assert.equal(await page.evaluate(() => document.body.outerHTML), htmlBefore, 'the shop page itself was changed');
    // The shop's own CSS cannot reach into the layer: rules aimed at its parts change nothing.
    await page.addStyleTag({ content: 'kassawacht-layer, kassawacht-layer *, .marker, .tip, .outline, .layer ' +
      '{ display: none !important; visibility: hidden !important; opacity: 0 !important; }' });
    await page.locator('#place_order').scrollIntoViewIfNeeded();
    const styled = await waitFor(() => overlayOf(page), (y) => ofRule(y, 'order-button-wording')[0]?.marker.width > 0, { what: 'markers after hostile CSS' });
    const m = ofRule(styled, 'order-button-wording')[0].marker;
    const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName, [m.x + m.width / 2, m.y + m.height / 2]);
    assert.equal(hit, 'KASSAWACHT-LAYER', 'the marker is not on top where it is drawn');
  });
});

describe('without the host', () => {
  test('the popup says the host is missing and shows the install command', T, async () => {
    const kw = await launch({ host: false });
    try {
      const page = await kw.context.newPage();
      await page.goto(`${kw.shop}/afrekenen/`);
      const tab = await waitFor(() => tabIdOf(kw.worker, page.url()), (t) => t !== null, { what: 'tab state' });
      assert.equal(await badgeOf(kw.worker, tab), '?');
      const popup = await kw.context.newPage();
      await popup.goto(`chrome-extension://${ids.chromeExtensionId}/popup/popup.html?tab=${tab}`);
      await popup.waitForSelector('body[data-ready=true]');
      const text = await popup.textContent('#host');
      assert.match(text, /niet gevonden/);
      assert.match(text, /kassawacht install --browser chromium/);
      assert.match(text, /kassawacht doctor/);
      await popup.screenshot({ path: saveArtefact('popup-host-missing.png') });
    } finally {
      await kw.close();
    }
  });
});
