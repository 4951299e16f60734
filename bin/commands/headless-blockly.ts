// Blockly for the CLI, without jsdom. Blockly's Node entry (`blockly/core` → core-node.js) loads jsdom to give
// Blockly's XML helpers a DOM, and loading jsdom takes longer than all the rest of `codeless generate` (about 0.7 s
// of 1.1 s). Headless, Blockly needs XML for one thing: it keeps a copy of every shadow block as an XML element.
// So in the CLI's process `blockly/core` resolves to the file core-node.js wraps (Blockly's own bundle, which
// Blockly's blocks and generators load directly too), and its XML helpers get @xmldom/xmldom's DOM instead.
// Import this module before anything imports Blockly; the CLI imports it only after its Node version check.
import { existsSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { DOMImplementation, DOMParser, XMLSerializer } from '@xmldom/xmldom';

const NODE_WRAPPER = /\/blockly\/core-node\.js$/;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const resolved = nextResolve(specifier, context);
    if (!NODE_WRAPPER.test(resolved.url)) return resolved;
    const bundle = resolved.url.replace(NODE_WRAPPER, '/blockly/blockly_compressed.js');
    // A Blockly laid out otherwise keeps its own wrapper: slower to load, same blocks.
    return existsSync(fileURLToPath(bundle)) ? { ...resolved, url: bundle } : resolved;
  },
});

const { Blockly } = await import('../../blocks/blockly-core.ts');
type XmlDependencies = Parameters<typeof Blockly.utils.xml.injectDependencies>[0];
Blockly.utils.xml.injectDependencies({
  document: new DOMImplementation().createDocument(null, ''),
  DOMParser,
  XMLSerializer,
} as unknown as XmlDependencies);
