// The host editor example: its page, Blockly's media served locally, and `codeless-blocks` resolved to this
// repository's source (a real host has it in node_modules after `npm install codeless-blocks`).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const repo = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: repo('node_modules/blockly/media'),
  resolve: { alias: { 'codeless-blocks': repo('index.ts') } },
});
