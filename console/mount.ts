// What a page imports to show the emulator console: the views and their stylesheet (scoped to `.emulator-console`,
// so a host page such as the playground keeps its own look), and the console's languages. The playground loads this
// module only when the console is opened (a dynamic import), so its own page load does not grow.
import './style.css';
import './narrow.css';

export { mountConsole, type ConsoleOptions, type MountedConsole } from './console-app.ts';
export { consoleLocale, loadConsoleMessages, type ConsoleLocale, type ConsoleMessages } from './messages/index.ts';
