// The reference for what showing highlights costs any extension: the floor
// extension's work (walk the body's text once, message the background once),
// then, when the background has answered, the least code that shows the same
// highlights Backstory shows on the generated pages: the first mention of each
// name wrapped in a <bs-mark> with one small stylesheet. Backstory over this
// reference is what our own design costs beyond the frame any highlighter pays.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The reference's content script, naming `names`. */
function contentScript(names) {
  return `const NAMES = ${JSON.stringify(names)};
function showHighlights() {
  const left = new Set(NAMES);
  const hits = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (left.size > 0 && walker.nextNode()) {
    const node = walker.currentNode;
    for (const name of left) {
      const at = node.data.indexOf(name);
      if (at < 0) continue;
      hits.push([node, at, name]);
      left.delete(name);
      break; // one per text node: wrapping splits it, later offsets would move
    }
  }
  if (hits.length === 0) return; // nothing to show: the page is left as the floor leaves it
  const style = document.createElement('style');
  style.textContent = 'bs-mark { text-decoration: underline dotted rgba(47, 111, 214, 0.8); text-underline-offset: 0.18em; cursor: help; }';
  document.head.append(style);
  for (const [node, at, name] of hits) {
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + name.length);
    range.surroundContents(document.createElement('bs-mark'));
  }
}
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const parts = [];
while (walker.nextNode()) parts.push(walker.currentNode.nodeValue);
chrome.runtime.sendMessage({ text: parts.join('\\n') }, () => {
  void chrome.runtime.lastError;
  showHighlights();
});
`;
}

const BACKGROUND = `chrome.runtime.onMessage.addListener((message, _sender, reply) => { reply({ n: message.text.length }); });\n`;

/** Writes the reference extension for `names` into `dir` and returns `dir`. */
export function writeReferenceExtension(dir, names) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3,
    name: 'highlight reference',
    version: '1.0',
    background: { service_worker: 'bg.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['cs.js'], run_at: 'document_idle' }],
  }, null, 2));
  writeFileSync(join(dir, 'bg.js'), BACKGROUND);
  writeFileSync(join(dir, 'cs.js'), contentScript(names));
  return dir;
}
