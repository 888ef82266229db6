/**
 * The compiler's last step, kept beside the schema it produces: one dataset with every
 * quote in memory → an index of event summaries plus part files of quotes, so that the app's
 * first paint never waits for quotes it does not show. Pure; the caller names and writes the
 * files.
 */
import { utf8Length } from '../lib/utf8-length.ts';
import type {
  Dataset,
  DatasetPart,
  EventDetails,
  FullEvent,
  PartRef,
  TimelineEvent,
} from './schema.ts';

/** An event as the compiler builds it: the summary's own fields plus its quotes and differences. */
export type CompiledEvent = Omit<FullEvent, 'quoteCounts' | 'differenceCount' | 'part'>;

/** The whole dataset in memory, before it is split into files. */
export interface CompiledDataset extends Omit<Dataset, 'events' | 'parts'> {
  events: CompiledEvent[];
}

export interface SplitOptions {
  /**
   * A part's size goal in bytes of JSON: small enough that opening one event costs a
   * fraction of a second, large enough that a dataset is a few hundred files at most.
   */
  maxPartBytes: number;
  /** The part's file name relative to the index, from its period and its serialised JSON. */
  fileName: (period: string, json: string) => string;
  /** UTF-8 bytes of a string (the compiler passes Node's native count). */
  byteLength?: (text: string) => number;
}

export interface SplitDataset {
  index: Dataset;
  /** In the order of `index.parts`; `json` is what to write to `index.parts[i].file`. */
  parts: { file: string; part: DatasetPart; json: string }[];
}

export const DEFAULT_MAX_PART_BYTES = 256 * 1024;

/** Serialised as the compiler writes every file: stable key order, one trailing newline. */
export function serialiseJson(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

/**
 * Parts follow the calendar, so an edit changes only its own period's file: the whole
 * dataset when it fits in one part, else a part per year, a year too large for one part by
 * month, and a month too large in runs of consecutive events.
 */
export function splitDataset(dataset: CompiledDataset, options: SplitOptions): SplitDataset {
  const { events } = dataset;
  const details = events.map((e): EventDetails => ({
    id: e.id,
    summary: e.summary,
    quotes: e.quotes,
    differences: e.differences,
    file: e.file,
  }));
  // Each event is serialised once: its size decides the parts, and the parts' JSON is joined
  // from these strings (exactly what JSON.stringify of the part would give).
  const eventJson = details.map((d) => JSON.stringify(d));
  const sizes = eventJson.map((json) => json.length + 1);
  const runs = periodRuns(
    events.map((_, i) => i),
    (i) => events[i]!.date.start,
    sizes,
    options.maxPartBytes,
  );

  const parts: SplitDataset['parts'] = [];
  const refs: PartRef[] = [];
  const partOf: number[] = [];
  for (const run of runs) {
    const part: DatasetPart = {
      schemaVersion: dataset.schemaVersion,
      events: run.indexes.map((i) => details[i]!),
    };
    const json = `{"schemaVersion":${JSON.stringify(part.schemaVersion)},"events":[${run.indexes
      .map((i) => eventJson[i])
      .join(',')}]}\n`;
    const file = options.fileName(run.period, json);
    for (const i of run.indexes) partOf[i] = parts.length;
    parts.push({ file, part, json });
    refs.push({
      file,
      events: run.indexes.length,
      bytes: (options.byteLength ?? utf8Length)(json),
    });
  }

  const summaries = events.map((event, i): TimelineEvent => {
    const counts = new Map<string, number>();
    for (const q of event.quotes) counts.set(q.outletId, (counts.get(q.outletId) ?? 0) + 1);
    return {
      id: event.id,
      title: event.title,
      date: event.date,
      dateNote: event.dateNote,
      status: event.status,
      themes: event.themes,
      outletIds: event.outletIds,
      quoteCounts: event.outletIds.map((id) => counts.get(id) ?? 0),
      differenceCount: event.differences.length,
      part: partOf[i]!,
    };
  });
  const index: Dataset = {
    schemaVersion: dataset.schemaVersion,
    range: dataset.range,
    outlets: dataset.outlets,
    themes: dataset.themes,
    articles: dataset.articles,
    eras: dataset.eras,
    parts: refs,
    events: summaries,
  };
  return { index, parts };
}

interface Run {
  period: string;
  indexes: number[];
}

/** Consecutive runs of `indexes` (in date order) by the calendar rule of `splitDataset`. */
function periodRuns(
  indexes: number[],
  dayOf: (i: number) => string,
  sizes: readonly number[],
  maxBytes: number,
): Run[] {
  if (indexes.length === 0) return [];
  const total = (run: number[]) => run.reduce((n, i) => n + sizes[i]!, 0);
  if (total(indexes) <= maxBytes) return [{ period: 'all', indexes }];
  return groupBy(indexes, (i) => dayOf(i).slice(0, 4)).flatMap(([year, inYear]) =>
    total(inYear) <= maxBytes
      ? [{ period: year, indexes: inYear }]
      : groupBy(inYear, (i) => dayOf(i).slice(0, 7)).flatMap(([month, inMonth]) =>
          total(inMonth) <= maxBytes
            ? [{ period: month, indexes: inMonth }]
            : chunks(inMonth, sizes, maxBytes).map((chunk, k) => ({
                period: `${month}-${k + 1}`,
                indexes: chunk,
              })),
        ),
  );
}

/** Runs of equal keys, in order (the input is sorted by key). */
function groupBy(indexes: number[], key: (i: number) => string): [string, number[]][] {
  const groups: [string, number[]][] = [];
  for (const i of indexes) {
    const k = key(i);
    const last = groups.at(-1);
    if (last && last[0] === k) last[1].push(i);
    else groups.push([k, [i]]);
  }
  return groups;
}

/** Consecutive chunks of at most `maxBytes` each (an event larger than that alone). */
function chunks(indexes: number[], sizes: readonly number[], maxBytes: number): number[][] {
  const result: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  for (const i of indexes) {
    const size = sizes[i]!;
    if (current.length > 0 && bytes + size > maxBytes) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push(i);
    bytes += size;
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** The events of a dataset joined with their details again (tests and tools; the app loads parts). */
export function joinParts(index: Dataset, parts: readonly DatasetPart[]): FullEvent[] {
  const details = new Map(parts.flatMap((p) => p.events).map((d) => [d.id, d]));
  return index.events.map((event) => {
    const d = details.get(event.id);
    if (!d) throw new Error(`no part holds event "${event.id}"`);
    return { ...event, ...d };
  });
}
