// End-to-end in Firefox: Debian's firefox-esr driven over WebDriver BiDi (puppeteer-core), with the
// Firefox build of the extension installed as a temporary add-on and the real host registered in
// a temporary home (~/.mozilla/native-messaging-hosts). The closed shadow root cannot be read from
// here (no isolated-world access over BiDi), so the test checks what can be observed from outside:
// the host was asked, the typed e-mail address never reached it, and a marker is drawn and hit-
// testable next to the pre-ticked newsletter box.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { binary, ids, received, repo, saveArtefact, waitFor } from './harness.mjs';
import { serveStatic } from '../../scripts/serve-static.mjs';

const firefox = process.env.KW_FIREFOX || '/usr/bin/firefox-esr';
const T = { timeout: 120000 };
let home;
let shop;
let browser;
let record;

before(async () => {
  if (!existsSync(firefox)) throw new Error(`${firefox} not found (scripts/setup.sh installs firefox-esr)`);
  home = mkdtempSync(join(tmpdir(), 'kassawacht-firefox-home-'));
  record = join(home, 'host-received.jsonl');
  const ext = join(home, 'extension');
  execFileSync(process.execPath, [join(repo, 'scripts', 'build-firefox.mjs'), ext]);
  mkdirSync(join(home, '.mozilla', 'native-messaging-hosts'), { recursive: true });
  writeFileSync(join(home, '.mozilla', 'native-messaging-hosts', `${ids.hostName}.json`), JSON.stringify({
    name: ids.hostName, description: 'Kassawacht (Firefox end-to-end test)', path: binary, type: 'stdio',
    allowed_extensions: [ids.firefoxAddonId],
  }));
  shop = await serveStatic(join(repo, 'examples', 'demo-shop'));
  browser = await puppeteer.launch({
    browser: 'firefox', executablePath: firefox, headless: true, protocol: 'webDriverBiDi',
    env: { ...process.env, HOME: home, KASSAWACHT_RECORD: record,
      ...(process.env.KW_RULES ? { KASSAWACHT_RULES: process.env.KW_RULES } : {}) },
  });
  assert.equal(await browser.installExtension(ext), ids.firefoxAddonId);
});

after(async () => {
  if (browser) await browser.close().catch(() => {});
  if (shop) shop.server.close();
  if (home) rmSync(home, { recursive: true, force: true });
});

test('Firefox: the extension asks the real host and draws a marker next to the pre-ticked box', T, async () => {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const url = `${shop.url}/afrekenen/`;
  await page.goto(url);
  const msgs = await waitFor(async () => received(record), (m) => m.some((x) => x.type === 'analyze' && x.snapshot.url === url), { what: 'an analyze request from Firefox' });
  assert.equal(msgs[0].type, 'hello');
  const analyze = msgs.find((x) => x.type === 'analyze');
  assert.equal(analyze.snapshot.source, 'extension');
  assert.match(analyze.session, /^tab-\d+\|127\.0\.0\.1:\d+$/);
  assert.ok(analyze.snapshot.nodes.some((n) => n.attrs && n.attrs.id === 'newsletter' && n.defaultChecked === true));
  // The marker for the newsletter box sits on its left; it is the only thing there that takes clicks.
  const hit = await waitFor(() => page.evaluate(() => {
    const box = document.getElementById('newsletter').getBoundingClientRect();
    const el = document.elementFromPoint(box.left - 23, box.top + box.height / 2);
    return el ? el.tagName : '';
  }), (t) => t === 'KASSAWACHT-LAYER', { what: 'a marker next to the newsletter box' });
  assert.equal(hit, 'KASSAWACHT-LAYER');
  await page.screenshot({ path: saveArtefact('firefox-final-step.png') });
  // Privacy, in Firefox too: a typed address is sent as "filled" only.
  const secret = 'firefox.geheim.0815@example.org';
  await page.type('#billing_email', secret);
  await page.click('#billing_city');
  await waitFor(async () => received(record), (m) => m.some((x) => x.type === 'analyze' &&
    x.snapshot.nodes.some((n) => n.attrs && n.attrs.id === 'billing_email' && n.filled === true)), { what: 'filled field analysed' });
  assert.ok(!readFileSync(record, 'utf8').includes('firefox.geheim'), 'the typed address reached the host');
  await page.close();
});
