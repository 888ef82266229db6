import type { Plugin } from 'vite';

/**
 * vis-timeline's esnext build defines Graph2d (line charts) next to Timeline in one module,
 * wired up with prototype assignments that no bundler can tree-shake. The app never draws
 * a Graph2d, so this cuts its code out of that module, swaps its HTML filter for one that
 * escapes everything (see ESCAPE_ALL_XSS_FILTER), and batches the redraws of updated items
 * (see BATCHED_UPDATE_REDRAWS). Every cut and patch is anchored on exact text; if an
 * upgrade changes any anchor the build fails instead of shipping a broken cut.
 */
const FILE = /vis-timeline[\\/]esnext[\\/]esm[\\/]vis-timeline-graph2d\.mjs$/;

const CUTS: [from: string, to: string][] = [
  // DataScale, DataAxis, Points, Bargraph, Line, GraphGroup
  ['/** DataScale */', '/**\n * Item\n */\nclass Item {'],
  // Legend, LineGraph
  ['/**\n * Legend for Graph2d', '/** A horizontal time axis */'],
  // Graph2d itself
  [
    '/**\n * Create a timeline visualization\n * @param {HTMLElement} container\n * @param {vis.DataSet | Array} [items]\n * @param {vis.DataSet | Array | vis.DataView | Object} [groups]',
    '/**\n * This object contains all possible options. It will check if the types are correct, if required if the option is one',
  ],
];
if (process.env.CUT_CONFIGURATOR !== '0') {
  // The `configure` option's interactive editor (Configurator, ColorPicker, its colour names).
  CUTS.push(['var htmlColors = {', 'let errorFound = false;']);
}
/**
 * vis-timeline passes the strings it writes as HTML through the xss library (about 6 kB gzip,
 * with its CSS filter). The app never gives it HTML: every item, label and tooltip is an
 * Element built with textContent. The strings it writes itself (axis labels such as "2024"
 * or "Mar") are plain text. So a filter that escapes everything takes the library's place:
 * stricter than it, and lighter.
 */
export const ESCAPE_ALL_XSS_FILTER =
  'const xssFilter = { FilterXSS: class { process(html) { return String(html).replace(/[&<>"\']/g, (c) => `&#${c.charCodeAt(0)};`); } } };';

const REPLACEMENTS: [string, string][] = [
  ["import xssFilter from 'xss';", ESCAPE_ALL_XSS_FILTER],
  ['    DataAxis,\n    DataScale,\n    GraphGroup,\n', ''],
  ['    Legend,\n    LineGraph,\n', ''],
  ['export { Graph2d, Timeline, timeline };', 'export { Timeline, timeline };'],
];
/**
 * vis-timeline draws an item an update changed, or an item it adds inside the window, at
 * once: it writes the item's DOM, then measures it, so a screen of such items (the first
 * drawing, or clusters whose counts changed with a filter) forces one layout per item. Its
 * own drawing of items that come into view batches the same steps: every item's writes,
 * then every item's reads. These patches batch updates and additions the same way: while
 * an update runs, items note that they need drawing, and are drawn together at its end.
 */
export const BATCHED_UPDATE_REDRAWS: [string, string][] = [
  [
    '    this._updateEditStatus();\n    this.dirty = true;\n    if (this.displayed) this.redraw();',
    '    this._updateEditStatus();\n    this.dirty = true;\n' +
      '    const batch = this.parent && this.parent.itemSet ? this.parent.itemSet.redrawBatch : null;\n' +
      '    if (this.displayed) { if (batch) batch.updated.push(this); else this.redraw(); }',
  ],
  [
    '      if (!item.displayed) item.show();\n      // reposition item horizontally\n      item.repositionX();\n      visibleItems.push(item);',
    '      const batch = this.itemSet ? this.itemSet.redrawBatch : null;\n' +
      '      if (!item.displayed && batch) { batch.shown.push(item); visibleItems.push(item); return; }\n' +
      '      if (!item.displayed) item.show();\n      // reposition item horizontally\n      item.repositionX();\n      visibleItems.push(item);',
  ],
  [
    '  _onUpdate(ids) {\n    const me = this;\n',
    `  _onUpdate(ids) {
    const batch = (this.redrawBatch = { updated: [], shown: [] });
    try {
      this._onUpdateEach(ids);
    } finally {
      this.redrawBatch = null;
    }
    const shown = batch.shown.filter((item) => !item.displayed);
    const queues = [
      ...batch.updated.filter((item) => item.displayed),
      ...shown,
    ]
      .map((item) => item.redraw(true))
      .filter((queue) => Array.isArray(queue));
    const steps = queues.reduce((most, queue) => Math.max(most, queue.length), 0);
    for (let step = 0; step < steps; step++) {
      for (const queue of queues) if (queue[step]) queue[step]();
    }
    for (const item of shown) item.repositionX();
  }

  _onUpdateEach(ids) {
    const me = this;
`,
  ],
];

if (process.env.CUT_CONFIGURATOR !== '0') {
  REPLACEMENTS.push([
    '    return new Configurator(this, this.dom.container, configureOptions);',
    "    throw new Error('vis-timeline: the configure option is not included in this build');",
  ]);
}

export function visTimelineWithoutGraph2d(): Plugin {
  return {
    name: 'vis-timeline-without-graph2d',
    enforce: 'pre',
    transform(code, id) {
      if (!FILE.test(id.split('?')[0]!)) return null;
      let out = code;
      for (const [from, to] of CUTS) {
        const start = out.indexOf(from);
        const end = start < 0 ? -1 : out.indexOf(to, start);
        if (start < 0 || end < 0)
          this.error(`vis-timeline-without-graph2d: anchor not found: ${from.slice(0, 40)}`);
        out = out.slice(0, start) + out.slice(end);
      }
      for (const [from, to] of [...REPLACEMENTS, ...BATCHED_UPDATE_REDRAWS]) {
        if (!out.includes(from))
          this.error(`vis-timeline-without-graph2d: text not found: ${from.slice(0, 40)}`);
        out = out.replace(from, to);
      }
      return { code: out, map: null };
    },
  };
}
