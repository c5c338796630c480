// The toolbar popup: this tab's findings grouped by Toetsingskader section, worst first, with
// "show on page"; in shop-owner mode also what needs review and what passes, rule ids, selectors
// and "copy as JSON". When the native host is missing or too old it says so and shows the command
// that fixes it.
import { getSettings, updateSettings } from '../lib/settings.js';
import { bundle, localise, resolveLang, translator } from '../lib/i18n.js';
import { bySection, counts, shownIn } from '../lib/findings.js';

const COLOURS = { violation: '#c62828', warning: '#b45309', 'needs-review': '#1d4ed8', pass: '#2e7d32' };
const SEV_KEY = { violation: 'sevViolation', warning: 'sevWarning', 'needs-review': 'sevNeedsReview', pass: 'sevPass' };
const $ = (id) => document.getElementById(id);

async function activeTabId() {
  const fromQuery = new URLSearchParams(location.search).get('tab');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab ? tab.id : -1;
}

// The browser this popup runs in, for the install command.
function browserName() {
  const brands = (navigator.userAgentData && navigator.userAgentData.brands || []).map((b) => b.brand);
  if (typeof browser !== 'undefined' && navigator.userAgent.includes('Firefox')) return 'firefox';
  if (brands.some((b) => /Edge/.test(b))) return 'edge';
  if (brands.some((b) => /Brave/.test(b))) return 'brave';
  if (brands.some((b) => /Vivaldi/.test(b))) return 'vivaldi';
  if (brands.some((b) => /Google Chrome/.test(b))) return 'chrome';
  return 'chromium';
}

function el(tag, cls, text) {
  const n = document.createElement(tag);
  if (cls) n.className = cls;
  if (text !== undefined) n.textContent = text;
  return n;
}

function renderHost(status, t) {
  const box = $('host');
  box.replaceChildren();
  if (!status || status.state === 'ok' || status.state === 'unknown') { box.hidden = true; return; }
  box.hidden = false;
  box.dataset.state = status.state;
  if (status.state === 'too-old') box.append(el('p', '', t('popupHostTooOld', [status.version, status.protocol, status.needed])));
  else if (status.state === 'broken') box.append(el('p', '', t('popupHostBroken', [status.error])));
  else box.append(el('p', '', t('popupHostMissing')));
  const b = browserName();
  box.append(el('p', '', t('popupInstallHint')), el('code', '', `sudo apt install ./kassawacht_*_amd64.deb && kassawacht install --browser ${b}`));
  box.append(el('p', '', t('popupRegisterHint')), el('code', '', `kassawacht install --browser ${b}`));
  box.append(el('p', '', t('popupDoctorHint')), el('code', '', 'kassawacht doctor'));
}

function renderFindings(tab, settings, t, tabId) {
  const groups = $('groups');
  groups.replaceChildren();
  const status = $('status');
  $('copy').hidden = true;
  if (!tab) { status.textContent = t('popupNotAnalysed'); return; }
  if (!tab.result) { status.textContent = tab.error ? t('popupHostBroken', [tab.error.message]) : t('popupAnalysing'); return; }
  const all = tab.result.findings || [];
  const shown = all.filter((f) => shownIn(settings.mode, f));
  const c = counts(all);
  const summary = settings.mode === 'owner'
    ? t('popupSummaryOwner', [c.violation, c.warning, c['needs-review'], c.pass])
    : t('popupSummary', [c.violation, c.warning]);
  status.textContent = shown.length ? summary : t('popupNoFindings');
  const notInspected = (tab.frames || []).filter((f) => !f.inspected).length;
  if (notInspected) groups.append(el('p', 'note', t('popupFramesNotInspected', [notInspected])));
  if (tab.result.truncated) groups.append(el('p', 'note', t('popupTruncated', [tab.result.omitted])));
  if (settings.mode === 'owner' && tab.result.page && tab.result.page.roles) {
    groups.append(el('p', 'note', t('popupPageRoles', [tab.result.page.roles.join(', ')])));
  }
  for (const group of bySection(shown)) {
    const section = el('section', 'group');
    section.dataset.section = group.id;
    section.append(el('h2', '', group.name || t('popupPageLevel')));
    for (const f of group.findings) section.append(findingItem(f, settings, t, tabId, tab.selectors || {}));
    groups.append(section);
  }
  if (settings.mode === 'owner') {
    const copy = $('copy');
    copy.hidden = false;
    copy.onclick = async () => {
      await navigator.clipboard.writeText(JSON.stringify({ url: tab.url, ...tab.result, selectors: tab.selectors || {} }, null, 2));
      copy.textContent = t('popupCopied');
    };
  }
}

function findingItem(f, settings, t, tabId, selectors) {
  const item = el('article', 'finding');
  item.style.setProperty('--c', f.state === 'resolved-by-user' ? '#52606d' : COLOURS[f.severity]);
  item.dataset.rule = f.rule;
  item.dataset.severity = f.severity;
  item.dataset.state = f.state || 'open';
  item.append(el('div', 'sev', t(SEV_KEY[f.severity])), el('div', 'title', f.title));
  if (f.state === 'resolved-by-user') item.append(el('div', 'resolved', t('resolvedByUser')));
  item.append(el('p', 'msg', f.message));
  if (settings.mode === 'owner') {
    item.append(el('div', 'meta', `${t('popupRule')}: ${f.rule} (${f.outcome})`));
    if (f.node && selectors[f.node]) item.append(el('div', 'meta', `${t('popupSelector')}: ${selectors[f.node]}`));
  }
  if (f.node) {
    const show = el('button', 'show', t('popupShowOnPage'));
    show.type = 'button';
    show.addEventListener('click', () => chrome.tabs.sendMessage(tabId, { type: 'reveal', node: f.node }).catch(() => {}));
    item.append(show);
  }
  return item;
}

async function main() {
  const settings = await getSettings();
  const t = translator(await bundle(resolveLang(settings.lang)));
  document.documentElement.lang = resolveLang(settings.lang);
  localise(document, t);
  $('lang').value = settings.lang;
  $('lang').onchange = async () => { await updateSettings({ lang: $('lang').value }); main(); };
  $('options').onclick = (e) => { e.preventDefault(); chrome.runtime.openOptionsPage(); };
  const tabId = await activeTabId();
  const state = await chrome.runtime.sendMessage({ type: 'get-state', tabId });
  renderHost(state && state.host, t);
  renderFindings(state && state.tab, settings, t, tabId);
  document.body.dataset.ready = 'true';
}

main();
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'session' && Object.keys(changes).some((k) => k.startsWith('tab:') || k === 'hostStatus')) main();
});
