import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { datasetSchema, type Dataset, type DatasetPart } from '../src/dataset/schema.ts';

const DIST = new URL('../dist/', import.meta.url);

/**
 * A copy of the built app served by its own `vite preview` under a sub-path, so a test can
 * "deploy" a new version into it without touching dist/ or the suite's server.
 */
export class DeploymentCopy {
  private constructor(
    private readonly dir: string,
    private readonly server: PreviewServer,
    /** Where the app is hosted, e.g. http://127.0.0.1:41234/timeline/. */
    readonly url: string,
  ) {}

  static async start(subPath = '/timeline/'): Promise<DeploymentCopy> {
    const dir = mkdtempSync(path.join(tmpdir(), 'relations-timeline-deploy-'));
    cpSync(DIST, dir, { recursive: true });
    const server = await preview({
      configFile: false,
      logLevel: 'silent',
      base: subPath,
      build: { outDir: dir },
      preview: { host: '127.0.0.1', port: 0, strictPort: true },
    });
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview did not report its URL');
    return new DeploymentCopy(dir, server, url);
  }

  dataset(): Dataset {
    return datasetSchema.parse(JSON.parse(readFileSync(this.file('data/timeline.json'), 'utf8')));
  }

  /** Part `i` of the deployed dataset, as JSON. */
  part(dataset: Dataset, i: number): DatasetPart {
    return JSON.parse(readFileSync(this.file(`data/${dataset.parts[i]!.file}`), 'utf8'));
  }

  /**
   * Deploys a new dataset the way a rebuild would: each file changes and so does its
   * revision in the service worker's precache manifest (workbox revisions are MD5 hashes).
   * `parts` are the part files that change, by their file name in the index.
   */
  deployDataset(dataset: Dataset, parts: Record<string, DatasetPart> = {}): void {
    this.deployFile('data/timeline.json', dataset);
    for (const [file, part] of Object.entries(parts)) this.deployFile(`data/${file}`, part);
  }

  private deployFile(relative: string, value: unknown): void {
    const json = JSON.stringify(value);
    const sw = readFileSync(this.file('sw.js'), 'utf8');
    const escaped = relative.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    const entry = new RegExp(`(\\{url:"${escaped}",revision:")([0-9a-f]+)(")`);
    if (!entry.test(sw)) throw new Error(`sw.js does not precache ${relative}`);
    const revision = createHash('md5').update(json).digest('hex');
    writeFileSync(this.file(relative), json);
    writeFileSync(this.file('sw.js'), sw.replace(entry, `$1${revision}$3`));
  }

  async stop(): Promise<void> {
    await this.server.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private file(relative: string): string {
    return path.join(this.dir, relative);
  }
}
