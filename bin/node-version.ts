// The package needs Node 22.19 (`engines`: undici 8, Blockly 13): the CLI and `npm start` refuse an older Node in one
// line naming what needs it, before they load anything that would fail with a stack trace or blame the server. Their
// other modules are therefore imported dynamically, after this check.

/** Ends the process with one line on stderr when this Node is older than 22.19. */
export function requireNode(part: string): void {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 19)) {
    console.error(`${part} needs Node.js 22.19 or newer; this is Node.js ${process.versions.node}`);
    process.exit(1);
  }
}
