// The user's two choices, kept in chrome.storage.local: who is looking (a shopper, the default, or
// a shop owner/auditor who wants everything) and in which language.

export const DEFAULT_SETTINGS = Object.freeze({ mode: 'consumer', lang: 'auto' });
const MODES = new Set(['consumer', 'owner']);
const LANGS = new Set(['auto', 'nl', 'en']);

// Returns the settings, with anything unknown in storage replaced by the default.
export async function getSettings() {
  const { settings } = await chrome.storage.local.get('settings');
  const s = { ...DEFAULT_SETTINGS, ...(settings || {}) };
  if (!MODES.has(s.mode)) s.mode = DEFAULT_SETTINGS.mode;
  if (!LANGS.has(s.lang)) s.lang = DEFAULT_SETTINGS.lang;
  return s;
}

export async function updateSettings(patch) {
  const next = { ...(await getSettings()), ...patch };
  await chrome.storage.local.set({ settings: next });
  return next;
}
