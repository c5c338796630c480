// The options page: consumer or shop-owner mode, and the language of the messages. Changes apply at
// once to open tabs (the service worker tells them).
import { getSettings, updateSettings } from '../lib/settings.js';
import { bundle, localise, resolveLang, translator } from '../lib/i18n.js';

async function main() {
  const settings = await getSettings();
  const t = translator(await bundle(resolveLang(settings.lang)));
  document.documentElement.lang = resolveLang(settings.lang);
  localise(document, t);
  for (const input of document.querySelectorAll('input[type=radio]')) {
    input.checked = settings[input.name] === input.value;
    input.onchange = async () => {
      await updateSettings({ [input.name]: input.value });
      await main();
      document.getElementById('saved').textContent = t('optionsSaved');
    };
  }
}

main();
