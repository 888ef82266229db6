/**
 * Draws the planned deck with pptxgenjs (loaded only here, and this module only on demand).
 * Calm and legible: white slides, near-black text, one accent, Arial at projector sizes.
 */
import type { Briefing } from '../briefing/briefing.ts';
import {
  BLOCK_GAP,
  BODY_BOTTOM,
  CONTENT_WIDTH,
  LINE_SPACING,
  SLIDE,
  TYPE,
  planDeck,
  type EventSlidePlan,
  type SlideSource,
  type SourcesSlidePlan,
  type TitleSlidePlan,
} from './deck-plan.ts';

type PptxGenJS = import('pptxgenjs').default;
type Slide = ReturnType<PptxGenJS['addSlide']>;
type TextRun = import('pptxgenjs').default.TextProps;

const FONT = 'Arial';
const INK = '1A1A1A';
const MUTED = '555555';
const ACCENT = '1F5FA8';
const X = SLIDE.margin;

/** Exact line spacing in points, the same the plan measured with ("multiple" spacing varies by font). */
const exact = (size: number) => Math.round(size * LINE_SPACING * 10) / 10;

export async function buildPptxDeck(briefing: Briefing, generatedAt: Date): Promise<Blob> {
  const { default: PptxGenJSClass } = await import('pptxgenjs');
  const pptx = new PptxGenJSClass();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = briefing.title;
  pptx.subject = briefing.scopeDescription;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  for (const plan of planDeck(briefing, generatedAt)) {
    const slide = pptx.addSlide();
    slide.background = { color: 'FFFFFF' };
    if (plan.kind === 'title') drawTitleSlide(slide, plan);
    else {
      slide.slideNumber = {
        x: SLIDE.width - 1.1,
        y: SLIDE.height - 0.5,
        fontSize: 10,
        color: MUTED,
      };
      if (plan.kind === 'event') drawEventSlide(slide, plan);
      else drawSourcesSlide(slide, plan);
    }
  }
  // Stored, not deflated: pptxgenjs 4.0 ignores `compression` once an outputType is given.
  return (await pptx.write({ outputType: 'blob' })) as Blob;
}

function drawTitleSlide(slide: Slide, plan: TitleSlidePlan): void {
  slide.addShape('rect', {
    x: X,
    y: 2.1,
    w: 1.2,
    h: 0.08,
    fill: { color: ACCENT },
    line: { color: ACCENT },
  });
  slide.addText(plan.title, {
    x: X,
    y: 2.3,
    w: CONTENT_WIDTH,
    h: 1.6,
    fontFace: FONT,
    fontSize: 40,
    lineSpacing: exact(40),
    bold: true,
    color: INK,
    valign: 'top',
    margin: 0,
  });
  slide.addText(
    [
      {
        text: `Period: ${plan.range}`,
        options: { fontSize: 24, lineSpacing: exact(24), color: INK, breakLine: true },
      },
      {
        text: plan.scope,
        options: {
          fontSize: 18,
          lineSpacing: exact(18),
          color: MUTED,
          breakLine: true,
          paraSpaceBefore: 8,
        },
      },
      {
        text: `${plan.generated} · ${plan.counts}`,
        options: { fontSize: 16, lineSpacing: exact(16), color: MUTED, paraSpaceBefore: 8 },
      },
    ],
    { x: X, y: 4.0, w: CONTENT_WIDTH, h: 2.4, fontFace: FONT, valign: 'top', margin: 0 },
  );
}

function drawHeading(slide: Slide, dateLine: string | null, title: string, bodyTop: number): void {
  slide.addText(
    [
      ...(dateLine
        ? [
            {
              text: dateLine,
              options: {
                fontSize: TYPE.dateLine,
                lineSpacing: exact(TYPE.dateLine),
                color: ACCENT,
                bold: true,
                breakLine: true,
              },
            },
          ]
        : []),
      {
        text: title,
        options: { fontSize: TYPE.title, lineSpacing: exact(TYPE.title), color: INK, bold: true },
      },
    ],
    {
      x: X,
      y: SLIDE.margin,
      w: CONTENT_WIDTH,
      h: bodyTop - SLIDE.margin,
      fontFace: FONT,
      valign: 'top',
      margin: 0,
    },
  );
}

function drawEventSlide(slide: Slide, plan: EventSlidePlan): void {
  drawHeading(slide, plan.dateLine, plan.title, plan.bodyTop);
  const runs: TextRun[] = [];
  if (plan.intro) {
    if (plan.intro.dateNote) {
      runs.push({
        text: plan.intro.dateNote,
        options: {
          fontSize: TYPE.dateNote,
          lineSpacing: exact(TYPE.dateNote),
          color: MUTED,
          italic: true,
          breakLine: true,
        },
      });
    }
    runs.push({
      text: plan.intro.summary,
      options: {
        fontSize: TYPE.summary,
        lineSpacing: exact(TYPE.summary),
        color: INK,
        breakLine: true,
        paraSpaceBefore: BLOCK_GAP / 2,
      },
    });
  }
  for (const quote of plan.quotes) {
    runs.push(
      {
        text: quote.outlet,
        options: {
          fontSize: TYPE.outlet,
          lineSpacing: exact(TYPE.outlet),
          color: ACCENT,
          bold: true,
          breakLine: true,
          paraSpaceBefore: BLOCK_GAP,
        },
      },
      {
        text: `“${quote.text}”`,
        options: {
          fontSize: TYPE.quote,
          lineSpacing: exact(TYPE.quote),
          color: INK,
          breakLine: true,
        },
      },
      ...sourceRuns(quote.source, TYPE.source, 'host'),
    );
  }
  if (plan.quotes.length === 0 && !plan.continued) {
    runs.push({
      text: 'No quotes from the outlets shown.',
      options: {
        fontSize: TYPE.summary,
        lineSpacing: exact(TYPE.summary),
        color: MUTED,
        italic: true,
        paraSpaceBefore: BLOCK_GAP,
      },
    });
  }
  if (runs.length) addBody(slide, runs, plan.bodyTop);
  if (plan.notes) slide.addNotes(plan.notes);
}

function drawSourcesSlide(slide: Slide, plan: SourcesSlidePlan): void {
  drawHeading(slide, null, plan.title, plan.bodyTop);
  const runs = plan.sources.flatMap((source): TextRun[] => [
    {
      text: `${source.outlet} — `,
      options: {
        fontSize: TYPE.sourcesEntry,
        lineSpacing: exact(TYPE.sourcesEntry),
        color: INK,
        bold: true,
        paraSpaceBefore: BLOCK_GAP,
      },
    },
    ...sourceRuns(source, TYPE.sourcesEntry, 'url'),
  ]);
  if (runs.length) addBody(slide, runs, plan.bodyTop);
}

/** '"Headline", 9 Feb 2026 · ndtv.com', the host or address a working link; ends the paragraph. */
function sourceRuns(source: SlideSource, fontSize: number, address: 'host' | 'url'): TextRun[] {
  const base = { fontSize, lineSpacing: exact(fontSize), color: MUTED };
  return [
    { text: `${source.citation} · `, options: base },
    source.url
      ? {
          text: source[address] ?? source.url,
          options: { ...base, color: ACCENT, hyperlink: { url: source.url }, breakLine: true },
        }
      : { text: 'source URL unknown', options: { ...base, breakLine: true } },
  ];
}

function addBody(slide: Slide, runs: TextRun[], top: number): void {
  slide.addText(runs, {
    x: X,
    y: top,
    w: CONTENT_WIDTH,
    h: BODY_BOTTOM - top,
    fontFace: FONT,
    valign: 'top',
    margin: 0,

    fit: 'none',
  });
}
