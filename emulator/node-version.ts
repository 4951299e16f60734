// The emulator's dependencies need Node 22.19 (`engines`): an older Node is refused in one line as it loads. Imported
// first by `index.ts`, so it runs before Fastify and the rest are evaluated.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  process.stderr.write(
    `codeless-blocks/emulator needs Node.js 22.19 or newer; this is Node.js ${process.versions.node}\n`,
  );
  process.exit(1);
}
