import { DATASET_RANGE, type EventDate } from '../../src/dataset/schema.ts';
import { shown } from './problems.ts';

export type PartialDateKind = 'day' | 'month' | 'year';

export interface PartialDate {
  kind: PartialDateKind;
  year: number;
  month: number | null;
  day: number | null;
}

type Result<T> = { ok: true; value: T } | { ok: false; message: string };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting dates no calendar has (2025-02-30). */
export function parsePartialDate(text: string): Result<PartialDate> {
  const match = PARTIAL_DATE.exec(text);
  if (!match)
    return {
      ok: false,
      message: `${shown(text)} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`,
    };
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) {
    return { ok: false, message: `impossible date "${text}": there is no month ${month}` };
  }
  if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) {
    return {
      ok: false,
      message: `impossible date "${text}": ${monthName(month)} ${year} has ${daysInMonth(year, month)} days`,
    };
  }
  const kind: PartialDateKind = day !== null ? 'day' : month !== null ? 'month' : 'year';
  return { ok: true, value: { kind, year, month, day } };
}

export function firstDayOf(date: PartialDate): string {
  return isoDay(date.year, date.month ?? 1, date.day ?? 1);
}

export function lastDayOf(date: PartialDate): string {
  const month = date.month ?? 12;
  return isoDay(date.year, month, date.day ?? daysInMonth(date.year, month));
}

export interface SourceEventDate {
  start: string;
  end?: string | undefined;
  precision: string;
  label?: string | undefined;
}

export interface DateIssue {
  /** Key under `date` the issue is about. */
  field: 'start' | 'end' | 'precision' | 'label';
  message: string;
}

const PRECISIONS = ['day', 'month', 'year', 'approx'] as const;

/** Turns an event's source date into inclusive full-day bounds, or says everything wrong with it. */
export function resolveEventDate(
  source: SourceEventDate,
): { ok: true; date: EventDate } | { ok: false; issues: DateIssue[] } {
  const issues: DateIssue[] = [];
  const precision = PRECISIONS.find((p) => p === source.precision);
  if (precision === undefined) {
    issues.push({
      field: 'precision',
      message: `unknown precision ${shown(source.precision)} (use day, month, year or approx)`,
    });
  }
  const start = parsePartialDate(source.start);
  if (!start.ok) issues.push({ field: 'start', message: start.message });
  const end = source.end === undefined ? null : parsePartialDate(source.end);
  if (end && !end.ok) issues.push({ field: 'end', message: end.message });

  if (precision === 'approx') {
    if (!source.label) {
      issues.push({ field: 'label', message: 'an approx date needs a label, e.g. "mid-2025"' });
    }
  } else if (precision !== undefined) {
    if (source.label !== undefined) {
      issues.push({
        field: 'label',
        message: `a label is only for approx dates, not ${precision}`,
      });
    }
    for (const [field, parsed] of [
      ['start', start],
      ['end', end],
    ] as const) {
      if (parsed?.ok && parsed.value.kind !== precision) {
        issues.push({
          field,
          message: `precision is ${precision} but ${field} "${field === 'start' ? source.start : source.end}" is a ${parsed.value.kind} (write ${FORMAT_OF[precision]})`,
        });
      }
    }
  }
  if (issues.length > 0 || !start.ok || (end && !end.ok) || precision === undefined) {
    return { ok: false, issues };
  }

  const startDay = firstDayOf(start.value);
  const endDay = lastDayOf(end ? end.value : start.value);
  if (end && endDay < startDay) {
    issues.push({ field: 'end', message: `end "${source.end}" is before start "${source.start}"` });
  }
  if (startDay < DATASET_RANGE.start || endDay > DATASET_RANGE.end) {
    const field = startDay < DATASET_RANGE.start ? 'start' : end ? 'end' : 'start';
    issues.push({
      field,
      message: `date ${startDay === endDay ? startDay : `${startDay}..${endDay}`} is outside the covered period ${DATASET_RANGE.start}..${DATASET_RANGE.end}`,
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    date: {
      start: startDay,
      end: endDay,
      precision,
      label: precision === 'approx' ? (source.label ?? null) : null,
    },
  };
}

const FORMAT_OF = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' } as const;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthName(month: number): string {
  return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString('en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
}
