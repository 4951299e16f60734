// Compile-time constants the playground's Vite plugin defines (playground/server/vite-plugin.ts).

/** True under the Vite dev server (which answers /emulator.json), false in a production build. */
declare const __CODELESS_DEV_SERVER__: boolean;
/** The emulator a production build was built for: `{ url, appId, apiKey }`. */
declare const __CODELESS_DEFAULT_EMULATOR__: import('../emulator/contract.ts').EmulatorAddress;

/** Stylesheets are imported for their effect; Vite injects them. */
declare module '*.css';
