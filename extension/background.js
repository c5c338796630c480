// The service worker: owns the one connection to the native host, keeps a browsing session per
// tab and site (so a cost that appears only on a later checkout step is caught), keeps each tab's
// latest findings for the popup, and paints the toolbar badge.
import { HostConnection } from './lib/host-connection.js';
import { getSettings } from './lib/settings.js';
import { bundle, resolveLang } from './lib/i18n.js';
import { badgeFor } from './lib/findings.js';

const host = new HostConnection({
  onStatus: (status) => chrome.storage.session.set({ hostStatus: status }),
  onReconnect: () => reanalyseAll(),
});
const sessionsOfTab = new Map(); // tabId -> Set of session ids, to forget them when the tab closes

const tabKey = (tabId) => `tab:${tabId}`;

// A session is one tab on one site: the steps of a checkout share it; another site starts afresh.
function sessionFor(tabId, url) {
  let site = '';
  try { site = new URL(url).host; } catch (_) { site = 'unknown'; }
  const id = `tab-${tabId}|${site}`;
  if (!sessionsOfTab.has(tabId)) sessionsOfTab.set(tabId, new Set());
  sessionsOfTab.get(tabId).add(id);
  return id;
}

async function analyse(snapshot, sender) {
  const tabId = sender.tab ? sender.tab.id : -1;
  const settings = await getSettings();
  const lang = resolveLang(settings.lang);
  const ui = await bundle(lang);
  const state = { url: snapshot.url, at: Date.now(), lang, frames: snapshot.frames || [] };
  try {
    const reply = await host.request({
      type: 'analyze', session: sessionFor(tabId, snapshot.url), lang, snapshot,
    });
    if (reply.type === 'error') state.error = reply.error;
    else state.result = reply;
  } catch (e) {
    state.error = { name: e.status ? e.status.state : 'host', message: String(e.message) };
  }
  await chrome.storage.session.set({ [tabKey(tabId)]: state });
  await paintBadge(tabId, state);
  return { result: state.result || null, error: state.error || null, settings, ui };
}

async function paintBadge(tabId, state) {
  if (tabId < 0) return;
  let badge = { text: '', color: '#52606d' };
  if (state.result) badge = badgeFor(state.result.findings || []);
  else if (state.error) badge = { text: '?', color: '#52606d' };
  await chrome.action.setBadgeText({ tabId, text: badge.text });
  await chrome.action.setBadgeBackgroundColor({ tabId, color: badge.color });
  if (chrome.action.setBadgeTextColor) await chrome.action.setBadgeTextColor({ tabId, color: '#ffffff' });
}

// After the host came back (it crashed or was killed), every tab with findings is analysed again:
// the new host process has no memory of the sessions, and the page may have changed meanwhile.
async function reanalyseAll() {
  const all = await chrome.storage.session.get(null);
  for (const key of Object.keys(all)) {
    if (!key.startsWith('tab:')) continue;
    const tabId = Number(key.slice(4));
    chrome.tabs.sendMessage(tabId, { type: 'reanalyse' }).catch(() => {});
  }
}

async function broadcastSettings() {
  const settings = await getSettings();
  const ui = await bundle(resolveLang(settings.lang));
  const all = await chrome.storage.session.get(null);
  for (const key of Object.keys(all)) {
    if (key.startsWith('tab:')) {
      chrome.tabs.sendMessage(Number(key.slice(4)), { type: 'settings-changed', settings, ui }).catch(() => {});
    }
  }
}

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || typeof msg.type !== 'string') return false;
  switch (msg.type) {
    case 'analyze':
      analyse(msg.snapshot, sender).then(sendResponse, (e) => sendResponse({ error: { message: String(e) } }));
      return true;
    case 'selectors': {
      const key = tabKey(sender.tab ? sender.tab.id : -1);
      chrome.storage.session.get(key).then((got) => {
        if (got[key]) chrome.storage.session.set({ [key]: { ...got[key], selectors: msg.selectors } });
      });
      return false;
    }
    case 'get-state': {
      // The popup asks: this tab's findings and how the host is doing (checked afresh).
      Promise.all([chrome.storage.session.get(tabKey(msg.tabId)), host.ensure()]).then(([got, status]) => {
        sendResponse({ tab: got[tabKey(msg.tabId)] || null, host: status });
      });
      return true;
    }
    default:
      return false;
  }
});

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && changes.settings) broadcastSettings();
});

chrome.tabs.onRemoved.addListener((tabId) => {
  chrome.storage.session.remove(tabKey(tabId));
  for (const session of sessionsOfTab.get(tabId) || []) {
    host.request({ type: 'reset-session', session }).catch(() => {});
  }
  sessionsOfTab.delete(tabId);
});

// Connect at start, so the popup can say at once whether the host is installed.
host.ensure();
