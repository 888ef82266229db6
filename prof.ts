import { loadSources } from './data/compiler/load-sources.ts';
import { compile } from './data/compiler/compile.ts';
import { splitDataset } from './src/dataset/split-dataset.ts';
import { datasetSchema, datasetPartSchema } from './src/dataset/schema.ts';
const { dataset } = compile(await loadSources('bench/tmp/synthetic-50000'));
for (let k = 0; k < 2; k++) {
let t = performance.now();
const split = splitDataset(dataset!, { maxPartBytes: 256 * 1024, fileName: (p) => `t/${p}.json` });
console.log('split', (performance.now() - t).toFixed(0));
t = performance.now(); datasetSchema.parse(split.index); console.log('index zod', (performance.now() - t).toFixed(0));
t = performance.now(); split.parts.forEach(({ part }, i) => datasetPartSchema(split.index, i).parse(part)); console.log('parts zod', (performance.now() - t).toFixed(0));
}
