// The Firefox build: made by scripts/build-firefox.mjs from the same sources, checked by Mozilla's
// own addons-linter (manifest schema and API use), and held to our ids. The extension id of the
// Chromium build is checked here too: it must follow from the manifest's public key.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import linter from 'addons-linter';
import { extensionDir, ids, repo } from './harness.mjs';

test('the Chromium extension id is derived from the manifest key', () => {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const der = Buffer.from(manifest.key, 'base64');
  const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
  const id = [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
  assert.equal(id, ids.chromeExtensionId);
});

test('the Firefox build passes addons-linter with no error or warning', { timeout: 120000 }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'kassawacht-firefox-'));
  try {
    execFileSync(process.execPath, [join(repo, 'scripts', 'build-firefox.mjs'), out]);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    assert.equal(manifest.browser_specific_settings.gecko.id, ids.firefoxAddonId);
    assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
    assert.equal(manifest.key, undefined);
    assert.equal(manifest.background.service_worker, undefined);
    assert.deepEqual(manifest.background.scripts, ['background.js']);
    assert.ok(manifest.permissions.includes('nativeMessaging'));
    const result = await linter.createInstance({
      config: { _: [out], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false,
        metadata: false, output: 'none', boring: true, selfHosted: true },
      runAsBinary: false,
    }).run();
    const problems = [...result.errors, ...result.warnings].map((p) => `${p.code} ${p.file || ''}: ${p.message}`);
    assert.deepEqual(problems, []);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the Chromium manifest names only files that exist and locales with the same keys', () => {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const files = [manifest.background.service_worker, manifest.action.default_popup, manifest.options_ui.page,
    ...manifest.content_scripts.flatMap((c) => c.js), ...Object.values(manifest.icons)];
  for (const f of files) assert.ok(readFileSync(join(extensionDir, f)).length > 0, f);
  const nl = JSON.parse(readFileSync(join(extensionDir, '_locales', 'nl', 'messages.json'), 'utf8'));
  const en = JSON.parse(readFileSync(join(extensionDir, '_locales', 'en', 'messages.json'), 'utf8'));
  assert.deepEqual(Object.keys(en).sort(), Object.keys(nl).sort());
  // Every message the code asks for exists.
  const used = new Set();
  const sources = execFileSync('grep', ['-rhoE', "\\b(t|ui|getMessage)\\('[A-Za-z]+'|data-i18n=\"[A-Za-z]+\"|__MSG_[A-Za-z]+__", extensionDir], { encoding: 'utf8' });
  for (const m of sources.matchAll(/'([A-Za-z]+)'|"([A-Za-z]+)"|__MSG_([A-Za-z]+)__/g)) used.add(m[1] || m[2] || m[3]);
  for (const key of used) assert.ok(key in nl, `message ${key} is used but not in _locales/nl`);
});
