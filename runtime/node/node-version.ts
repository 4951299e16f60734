// The transport (undici 8) needs Node 22.19: an older Node is refused in one line as the runtime loads its Node parts
// (`../index.ts` loads them at once under Node), rather than at the first request with a message that would blame
// the server. Imported first by `index.ts`, so it runs before undici is loaded.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  process.stderr.write(
    `codeless-blocks/runtime needs Node.js 22.19 or newer; this is Node.js ${process.versions.node}\n`,
  );
  process.exit(1);
}
