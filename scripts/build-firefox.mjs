#!/usr/bin/env node
// Makes the Firefox build of the extension from the same sources: Firefox's MV3 has no service
// worker background (it runs background scripts as an event page), needs its add-on id in
// browser_specific_settings.gecko, and has no use for Chromium's "key".
// Usage: node scripts/build-firefox.mjs [OUT_DIR]   (default build/extension-firefox)
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(process.argv[2] || join(repo, 'build', 'extension-firefox'));
const ids = JSON.parse(readFileSync(join(repo, 'manifests', 'ids.json'), 'utf8'));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(repo, 'extension'), out, { recursive: true });

const manifest = JSON.parse(readFileSync(join(repo, 'extension', 'manifest.json'), 'utf8'));
delete manifest.key;
delete manifest.minimum_chrome_version;
manifest.background = { scripts: [manifest.background.service_worker], type: 'module' };
manifest.browser_specific_settings = {
  gecko: {
    id: ids.firefoxAddonId,
    strict_min_version: '142.0',
    // Nothing leaves the machine: the extension talks only to the local host.
    data_collection_permissions: { required: ['none'] },
  },
};
if (manifest.options_ui) delete manifest.options_ui.open_in_tab;
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(out);
