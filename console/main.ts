// The page `codeless emulator` serves at /_emulator/console/: the console of the very emulator that serves it,
// whose admin API is the folder above (`/_emulator`), in the language `?lang=` names or else the browser's. The
// stylesheet is imported here, by the entry: the package is `sideEffects: false`, so a bundler keeps a bare CSS import
// only in an entry module (mount.ts is the playground's).
import './style.css';
import './narrow.css';
import { mountConsole } from './console-app.ts';
import { consoleLocale, loadConsoleMessages } from './messages/index.ts';

const root = document.getElementById('emulator-console');
if (!root) throw new Error('emulator console: #emulator-console is missing from index.html');
const asked = new URLSearchParams(location.search).get('lang');
const locale = consoleLocale([...(asked ? [asked] : []), ...navigator.languages]);
const text = await loadConsoleMessages(locale);
document.documentElement.lang = locale;
document.title = `${text.consoleHeading} · codeless-blocks`;
mountConsole(root, { adminURL: new URL('..', location.href).href, locale, text });
