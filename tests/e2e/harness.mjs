// Starts the real thing for the end-to-end tests: Debian's Chromium (headless) with the unpacked
// extension, the real `kassawacht` host registered in the test's own profile, and the demo shop
// plus the fixture pages served on 127.0.0.1. Nothing is mocked and nothing is installed outside
// the temporary profile.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { serveStatic } from '../../scripts/serve-static.mjs';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const ids = JSON.parse(readFileSync(join(repo, 'manifests', 'ids.json'), 'utf8'));
export const extensionDir = join(repo, 'extension');
export const artefacts = join(repo, 'build', 'e2e-artifacts');
export const binary = resolve(process.env.KW_BINARY || join(repo, 'build', 'release', 'host', 'kassawacht'));
const chromiumPath = process.env.KW_CHROMIUM || '/usr/bin/chromium';

// Launches Chromium with the extension. With `host: false` no host is registered (the "not
// installed" case). Returns handles and helpers; call close() at the end.
export async function launch({ host = true, servePages = null } = {}) {
  if (host && !existsSync(binary)) throw new Error(`host binary not found: ${binary} (build it first, or set KW_BINARY)`);
  const profile = mkdtempSync(join(tmpdir(), 'kassawacht-e2e-'));
  const record = join(profile, 'host-received.jsonl');
  if (host) {
    mkdirSync(join(profile, 'NativeMessagingHosts'));
    writeFileSync(join(profile, 'NativeMessagingHosts', `${ids.hostName}.json`), JSON.stringify({
      name: ids.hostName,
      description: 'Kassawacht (end-to-end test)',
      path: binary,
      type: 'stdio',
      allowed_origins: [`chrome-extension://${ids.chromeExtensionId}/`],
    }));
  }
  const shop = await serveStatic(join(repo, 'examples', 'demo-shop'));
  const pages = await serveStatic(servePages || join(repo, 'tests', 'e2e', 'pages'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    env: { ...process.env, KASSAWACHT_RECORD: record, ...(process.env.KW_RULES ? { KASSAWACHT_RULES: process.env.KW_RULES } : {}) },
    args: [
      '--headless=new', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=nl-NL',
    ],
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 20000 });
  if (!worker.url().startsWith(`chrome-extension://${ids.chromeExtensionId}/`)) {
    throw new Error(`unexpected extension id: ${worker.url()}`);
  }
  // The tests read Dutch: set the language before any page is analysed.
  await worker.evaluate(() => chrome.storage.local.set({ settings: { mode: 'consumer', lang: 'nl' } }));
  return {
    context, worker, profile, record, shop: shop.url, pages: pages.url,
    async close() {
      await context.close().catch(() => {});
      shop.server.close();
      pages.server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Evaluates `fn` in the extension's isolated world of `page` (where the content script runs and
// the closed shadow root is reachable), through the DevTools protocol.
export async function inIsolatedWorld(page, expression) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const contexts = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const ctx = contexts.find((c) => c.auxData && c.auxData.type === 'isolated' &&
      c.auxData.frameId === frameTree.frame.id && c.origin.length >= 0 && c.name.includes('Kassawacht'));
    if (!ctx) return undefined;
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression, contextId: ctx.id, returnByValue: true, awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception ? exceptionDetails.exception.description : exceptionDetails.text);
    return result.value;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

// What the overlay shows on `page` (see overlay.js describe()).
export const overlayOf = (page) => inIsolatedWorld(page, 'globalThis.kassawachtInspect ? globalThis.kassawachtInspect() : null');

// Polls `probe` until `accept(value)` holds; returns the value or throws with the last value seen.
export async function waitFor(probe, accept, { timeout = 15000, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await probe().catch((e) => ({ error: String(e) }));
    if (last && accept(last)) return last;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last, null, 1).slice(0, 3000)}`);
}

// The tab id the service worker uses for the page at `url` (from its per-tab store).
export async function tabIdOf(worker, url) {
  return worker.evaluate(async (u) => {
    const all = await chrome.storage.session.get(null);
    const key = Object.keys(all).find((k) => k.startsWith('tab:') && all[k].url === u);
    return key ? Number(key.slice(4)) : null;
  }, url);
}

export const badgeOf = (worker, tabId) => worker.evaluate((t) => chrome.action.getBadgeText({ tabId: t }), tabId);

// The pids of running host processes started for this extension id.
export function hostPids() {
  try {
    return execFileSync('pgrep', ['-f', `kassawacht chrome-extension://${ids.chromeExtensionId}/`], { encoding: 'utf8' })
      .split('\n').filter(Boolean).map(Number);
  } catch (_) {
    return [];
  }
}

// The messages the host received (KASSAWACHT_RECORD), parsed.
export function received(record) {
  if (!existsSync(record)) return [];
  return readFileSync(record, 'utf8').split('\n').filter(Boolean).map((l) => {
    try { return JSON.parse(l); } catch (_) { return { unparsable: l }; }
  });
}

export function rule(id) {
  for (const section of readdirSync(join(repo, 'rules'))) {
    const f = join(repo, 'rules', section, `${id}.json`);
    if (existsSync(f)) return JSON.parse(readFileSync(f, 'utf8'));
  }
  throw new Error(`no rule file for ${id}`);
}

export function saveArtefact(name) {
  mkdirSync(artefacts, { recursive: true });
  return join(artefacts, name);
}
