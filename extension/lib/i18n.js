// User-facing words for the extension's own pages. chrome.i18n follows the browser's language and
// cannot be switched at run time, but the popup has a language switch: so the chosen language's
// _locales file is read directly, and chrome.i18n is the fallback.

const cache = new Map();

// Returns 'nl' or 'en' for a setting of 'auto' | 'nl' | 'en'. Dutch unless the browser speaks English:
// the shops are Dutch, and so are the rules' primary texts.
export function resolveLang(setting) {
  if (setting === 'nl' || setting === 'en') return setting;
  return chrome.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

// Returns { key: text } for `lang`, with named placeholders turned into $1, $2 … as in chrome.i18n.
export async function bundle(lang) {
  if (cache.has(lang)) return cache.get(lang);
  const res = await fetch(chrome.runtime.getURL(`_locales/${lang}/messages.json`));
  const raw = await res.json();
  const out = {};
  for (const [key, entry] of Object.entries(raw)) {
    let text = entry.message;
    for (const [name, ph] of Object.entries(entry.placeholders || {})) {
      text = text.split(`$${name.toUpperCase()}$`).join(ph.content);
    }
    out[key] = text;
  }
  cache.set(lang, out);
  return out;
}

// A translator over a bundle: t('popupSummary', [2, 1]).
export function translator(strings) {
  return (key, subs = []) => {
    const list = Array.isArray(subs) ? subs : [subs];
    const text = strings[key] ?? chrome.i18n.getMessage(key, list.map(String));
    return (text || key).replace(/\$(\d)/g, (_, d) => String(list[Number(d) - 1] ?? ''));
  };
}

// Fills every element in `root` that has a data-i18n attribute with the text of that message.
export function localise(root, t) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
}
