/** The results as Markdown: what `npm run bench` prints, writes to results.md and puts in the README. */
import { checkBudgets, type BudgetCheck } from './budgets.ts';
import { machineLine } from './machine.ts';
import {
  MEASURES,
  PRIMARY,
  type BenchResults,
  type DatasetResult,
  type Measure,
  type PageResult,
} from './results.ts';
import { ratio, type Stat } from './stats.ts';

const DASH = '—';

export function formatMs(stat: Stat | null | undefined): string {
  if (stat == null) return DASH;
  if (typeof stat !== 'number') return `> ${formatMs(stat.over)}`;
  if (stat < 10) return `${stat.toFixed(1)} ms`;
  if (stat < 1000) return `${Math.round(stat)} ms`;
  return `${(stat / 1000).toFixed(stat < 10_000 ? 2 : 1)} s`;
}

export function formatMB(stat: Stat | null | undefined): string {
  if (stat == null) return DASH;
  if (typeof stat !== 'number') return `> ${formatMB(stat.over)}`;
  return `${stat < 10 ? stat.toFixed(1) : Math.round(stat)} MB`;
}

/** Bytes in kB / MB of 1,000 (as Vite reports them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(bytes < 1e8 ? 1 : 0)} MB`;
}

export function formatRatio(stat: Stat | null): string {
  if (stat === null) return DASH;
  if (typeof stat !== 'number') return `> ${formatRatio(stat.over)}`;
  return `${stat.toFixed(stat < 10 ? 2 : stat < 100 ? 1 : 0)}×`;
}

const integer = (n: number) => n.toLocaleString('en');

export function datasetLabel(d: Pick<DatasetResult, 'id' | 'events' | 'outlets'>): string {
  const size = `${integer(d.events)} events, ${d.outlets} outlets`;
  return d.id === 'real' ? `Real dataset (${size})` : size;
}

const MEASURE_LABEL: Record<Measure, string> = {
  firstInteractive: 'First interactive',
  toggle: 'Outlet toggle → painted',
  select: 'Select → details painted',
  zoomFrame: 'Zoom frame time',
  panFrame: 'Pan frame time',
  heapMB: 'JS heap after load',
};

const formatStat = (measure: Measure, stat: Stat | null | undefined) =>
  measure === 'heapMB' ? formatMB(stat) : formatMs(stat);

function budgetCell(check: BudgetCheck | undefined): string {
  if (!check) return '';
  const mark = check.pass === null ? '(not measured)' : check.pass ? '✓' : '✗';
  return `${check.budget.text} ${mark}`;
}

function row(cells: string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}

function table(header: string[], rows: string[][]): string[] {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)];
}

/** n, and the timeouts among them, for a measure of one page. */
function count(page: PageResult | null, measure: Measure): string {
  const s = page?.summary[measure];
  if (!s) return '';
  return s.timeouts > 0 ? `${s.n} (${s.timeouts} timed out)` : String(s.n);
}

function browserRows(d: DatasetResult, checks: BudgetCheck[]): string[][] {
  return MEASURES.map((measure, i) => {
    const ours = d.ours.summary[measure];
    const bare = d.bare?.summary[measure];
    const primary = PRIMARY[measure];
    const check = checks.find((c) => c.budget.dataset === d.id && c.budget.measure === measure);
    return [
      i === 0 ? `**${datasetLabel(d)}**` : '',
      MEASURE_LABEL[measure],
      count(d.ours, measure),
      formatStat(measure, ours?.median),
      formatStat(measure, ours?.p95),
      d.bare ? count(d.bare, measure) : '',
      formatStat(measure, bare?.median),
      formatStat(measure, bare?.p95),
      formatRatio(ratio(ours?.[primary], bare?.[primary])),
      budgetCell(check),
    ];
  });
}

function dataRows(results: BenchResults, checks: BudgetCheck[]): string[][] {
  return results.datasets.map((d) => {
    const check = checks.find((c) => c.budget.dataset === d.id && c.budget.measure === 'compileMs');
    return [
      datasetLabel(d),
      `${formatBytes(d.data.index.raw)} / ${formatBytes(d.data.index.gzip)}`,
      `${formatBytes(d.data.all.raw)} / ${formatBytes(d.data.all.gzip)} (${d.data.all.files} ${d.data.all.files === 1 ? 'file' : 'files'})`,
      d.compile
        ? `${formatMs(d.compile.wallMs?.median)} / ${formatMs(d.compile.wallMs?.p95)}`
        : DASH,
      d.compile ? formatMs(d.compile.cpuMs?.median) : DASH,
      d.compile ? formatMB(d.compile.peakRssMB?.median) : DASH,
      budgetCell(check),
    ];
  });
}

/** What went wrong or was cut short, once per kind per page and dataset. */
function notes(results: BenchResults): string[] {
  const lines: string[] = [];
  for (const d of results.datasets) {
    for (const [name, page] of [
      ['ours', d.ours],
      ['bare', d.bare],
    ] as const) {
      const counts = new Map<string, number>();
      for (const note of page?.loads.flatMap((l) => l.notes) ?? []) {
        counts.set(note, (counts.get(note) ?? 0) + 1);
      }
      for (const [note, n] of counts) {
        lines.push(`- ${datasetLabel(d)}, ${name}: ${note}${n > 1 ? ` (${n} loads)` : ''}`);
      }
    }
  }
  return lines;
}

export function formatReport(results: BenchResults): string {
  const checks = checkBudgets(results);
  const { options } = results;
  const js = results.initialJs;
  const jsCheck = checks.find((c) => c.budget.measure === 'initialJsGzip');
  const decided = checks.filter((c) => c.pass !== null);
  const notesLines = notes(results);
  return [
    `Measured ${results.date.slice(0, 10)} on ${machineLine(results.machine)}.`,
    '',
    `${options.runs} ${options.runs === 1 ? 'load' : 'loads'} of each page per dataset, after one warm-up load that is not counted; bare is vis-timeline ${results.machine.visTimeline} with default options, which from 10,000 events gets two outlet toggles in its first load only, and one load at 50,000. Times are from navigation start; frame times are pooled over every gesture. How each is measured: \`bench/README.md\`.`,
    '',
    ...table(
      [
        'Dataset',
        'Measure',
        'Ours n',
        'Ours median',
        'Ours p95',
        'Bare n',
        'Bare median',
        'Bare p95',
        'Ours / bare',
        'Budget',
      ],
      results.datasets.flatMap((d) => browserRows(d, checks)),
    ),
    '',
    ...table(
      [
        'Dataset',
        'Index raw / gzip',
        'All data raw / gzip',
        'Compile median / p95',
        'Compiler CPU time',
        'Compiler peak memory',
        'Budget',
      ],
      dataRows(results, checks),
    ),
    '',
    `Initial JS: ${formatBytes(js.gzip)} gzip (${formatBytes(js.raw)} raw; the entry and ${js.files.length - 1} module preloads); budget ${budgetCell(jsCheck)}.`,
    '',
    `Budgets: ${decided.filter((c) => c.pass).length} of ${checks.length} met${decided.length < checks.length ? `, ${checks.length - decided.length} not measured in this run` : ''}.`,
    ...(notesLines.length > 0 ? ['', 'Cut short or timed out:', '', ...notesLines] : []),
    '',
  ].join('\n');
}

export const README_START = '<!-- bench:start (npm run bench writes this part) -->';
export const README_END = '<!-- bench:end -->';

const SECTION = `## Performance

\`npm run bench\` builds the app, serves it on 127.0.0.1 and drives Chromium through the
real dataset and synthetic ones of 1,000, 10,000 and 50,000 events, measuring each page load
of our app beside a bare vis-timeline page given the same items. How and why:
[\`bench/README.md\`](bench/README.md). The latest run:
`;

/** The README with the report between the markers, adding a Performance section if there is none. */
export function updateReadme(readme: string, report: string): string {
  const generated = `${README_START}\n\n${report.trim()}\n\n${README_END}`;
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start !== -1 && end > start) {
    return readme.slice(0, start) + generated + readme.slice(end + README_END.length);
  }
  const section = `${SECTION}\n${generated}\n\n`;
  const before = readme.search(/^## Reliability\b/m);
  if (before !== -1) return readme.slice(0, before) + section + readme.slice(before);
  return `${readme.trimEnd()}\n\n${section.trimEnd()}\n`;
}
