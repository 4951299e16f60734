// Module declarations the playground's TypeScript needs.

/** Stylesheets are imported for their effect; Vite injects them. */
declare module '*.css';

/** @blockly/disable-top-blocks ships JavaScript without declarations; this is the part the page uses. */
declare module '@blockly/disable-top-blocks' {
  /** Offers "Disable block" only on blocks that are attached (orphans are disabled by `disableOrphans`). */
  export class DisableTopBlocks {
    init(): void;
    dispose(): void;
  }
}
