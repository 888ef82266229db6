/**
 * The words of the synthetic corpus: stories (a topic in a place), neutral event titles and
 * summaries, article headlines and sentences, difference wordings, outlet names, themes and
 * eras. Every choice is drawn from the generator given, so the same seed gives the same text.
 * Article sentences use typographic quote marks and apostrophes, as published text does.
 */

/** A seeded source of choices (see synthetic-sources.ts). */
export interface Draw {
  /** A number in [0, 1). */
  (): number;
}

export const pick = <T>(rnd: Draw, items: readonly T[]): T =>
  items[Math.floor(rnd() * items.length)]!;
export const between = (rnd: Draw, lo: number, hi: number): number =>
  lo + Math.floor(rnd() * (hi - lo + 1));

export const THEMES = [
  { id: 'diplomacy', label: 'Diplomacy', colour: '#4477AA' },
  { id: 'security', label: 'Security', colour: '#EE6677' },
  { id: 'trade', label: 'Trade', colour: '#228833' },
  { id: 'migration', label: 'Migration', colour: '#CCBB44' },
  { id: 'politics', label: 'Politics', colour: '#AA3377' },
  { id: 'energy', label: 'Energy', colour: '#66CCEE' },
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];

export interface Topic {
  theme: ThemeId;
  /** As a sentence says it: "visa processing". */
  noun: string;
  /** As a title says it: "visas". */
  short: string;
}

const TOPICS: readonly Topic[] = [
  { theme: 'diplomacy', noun: 'diplomatic staffing', short: 'diplomatic staff' },
  { theme: 'diplomacy', noun: 'consular services', short: 'consular services' },
  { theme: 'diplomacy', noun: 'the bilateral road map', short: 'the road map' },
  { theme: 'diplomacy', noun: 'the appointment of new high commissioners', short: 'envoys' },
  { theme: 'security', noun: 'organised crime', short: 'organised crime' },
  { theme: 'security', noun: 'extradition requests', short: 'extradition' },
  { theme: 'security', noun: 'fentanyl precursors', short: 'fentanyl' },
  { theme: 'security', noun: 'cyber-enabled fraud', short: 'cyber fraud' },
  { theme: 'security', noun: 'violent extremism', short: 'extremism' },
  { theme: 'security', noun: 'law-enforcement liaison officers', short: 'liaison officers' },
  { theme: 'trade', noun: 'an early progress trade agreement', short: 'trade talks' },
  { theme: 'trade', noun: 'pulse exports', short: 'pulses' },
  { theme: 'trade', noun: 'critical minerals', short: 'critical minerals' },
  { theme: 'trade', noun: 'steel and aluminium tariffs', short: 'tariffs' },
  { theme: 'trade', noun: 'pension fund investment', short: 'investment' },
  { theme: 'trade', noun: 'market access for farm goods', short: 'farm trade' },
  { theme: 'migration', noun: 'study permits for students', short: 'student visas' },
  { theme: 'migration', noun: 'visa processing', short: 'visas' },
  { theme: 'migration', noun: 'temporary work permits', short: 'work permits' },
  { theme: 'migration', noun: 'immigration fraud', short: 'immigration fraud' },
  { theme: 'migration', noun: 'family reunification', short: 'family visas' },
  { theme: 'politics', noun: 'foreign interference', short: 'interference' },
  { theme: 'politics', noun: 'election campaigns', short: 'elections' },
  { theme: 'politics', noun: 'a public inquiry', short: 'the inquiry' },
  { theme: 'politics', noun: 'diaspora politics', short: 'diaspora politics' },
  { theme: 'energy', noun: 'uranium supply', short: 'uranium' },
  { theme: 'energy', noun: 'liquefied natural gas', short: 'gas exports' },
  { theme: 'energy', noun: 'clean energy investment', short: 'clean energy' },
  { theme: 'energy', noun: 'civil nuclear cooperation', short: 'nuclear cooperation' },
];

const PLACES = [
  'Ottawa',
  'New Delhi',
  'Toronto',
  'Vancouver',
  'Mumbai',
  'Montreal',
  'Bengaluru',
  'Calgary',
  'Chandigarh',
  'Surrey',
  'Brampton',
  'Kolkata',
  'Hyderabad',
  'Winnipeg',
  'Chennai',
  'Halifax',
];

/** What a burst of news (or one stray event) is about. */
export interface Story {
  topic: Topic;
  place: string;
}

export function drawStory(rnd: Draw): Story {
  return { topic: pick(rnd, TOPICS), place: pick(rnd, PLACES) };
}

const SIDES = ['India', 'Canada'] as const;
const other = (side: string) => (side === 'India' ? 'Canada' : 'India');
const CAPITAL: Record<string, string> = { India: 'New Delhi', Canada: 'Ottawa' };
const ACTORS = [
  'Foreign ministers',
  'Trade ministers',
  'National security advisers',
  'Senior officials',
  'Deputy ministers',
  'Prime ministers',
  'Immigration ministers',
];
const OFFICIALS = [
  'foreign minister',
  'trade minister',
  'national security adviser',
  'high commissioner',
  'public safety minister',
  'immigration minister',
];
const CONTEXTS = [
  'The outlets describe the meeting as part of a regular dialogue.',
  'Reports differ on what was agreed.',
  'No joint statement is issued.',
  'Both governments issue statements afterwards.',
  'The outlets quote officials from both sides.',
  'It follows several weeks of public statements on the issue.',
  'Community groups in both countries follow the talks closely.',
];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface EventSlots {
  noun: string;
  short: string;
  place: string;
  side: string;
  actors: string;
  official: string;
  context: string;
}

type EventTemplate = (s: EventSlots) => [title: string, summary: string];

const EXPECTED_EVENTS: readonly EventTemplate[] = [
  (s) => [
    `${s.actors} expected to meet in ${s.place} on ${s.short}`,
    `${s.actors} of India and Canada are expected to meet in ${s.place} to discuss ${s.noun}. The date is not confirmed.`,
  ],
  (s) => [
    `${s.side}'s ${s.official} scheduled to visit ${s.place}`,
    `${s.side}'s ${s.official} is scheduled to visit ${s.place}, with ${s.noun} on the agenda. Officials say preparations are under way.`,
  ],
  (s) => [
    `Next round of talks on ${s.short} planned in ${s.place}`,
    `Officials say the next round of talks on ${s.noun} will take place in ${s.place}. No agenda has been published.`,
  ],
  (s) => [
    `${s.side} due to publish its review of ${s.short}`,
    `${s.side} is due to publish its review of ${s.noun}. The outlets expect it before the end of the year.`,
  ],
];

const EVENTS: readonly EventTemplate[] = [
  (s) => [
    `${s.actors} meet in ${s.place} on ${s.short}`,
    `${s.actors} of India and Canada meet in ${s.place} to discuss ${s.noun}. ${s.context}`,
  ],
  (s) => [
    `${s.side} announces new measures on ${s.short}`,
    `${s.side} announces new measures on ${s.noun}. ${other(s.side)}'s government responds within days.`,
  ],
  (s) => [
    `Talks on ${s.short} resume in ${s.place}`,
    `Talks between India and Canada on ${s.noun} resume in ${s.place} after a pause. ${s.context}`,
  ],
  (s) => [
    `India and Canada agree a work plan on ${s.short}`,
    `India and Canada agree a work plan on ${s.noun}, with officials meeting in ${s.place}. ${s.context}`,
  ],
  (s) => [
    `${s.side} raises concerns over ${s.short}`,
    `${s.side} publicly raises concerns over ${s.noun}. ${other(s.side)} says the matter is under review.`,
  ],
  (s) => [
    `Committee in ${CAPITAL[s.side]} hears evidence on ${s.short}`,
    `A parliamentary committee in ${CAPITAL[s.side]} hears evidence on ${s.noun} from officials and experts.`,
  ],
  (s) => [
    `Officials report progress on ${s.short}`,
    `Officials of both countries report progress on ${s.noun} after meetings in ${s.place}. ${s.context}`,
  ],
  (s) => [
    `${s.side} pauses talks on ${s.short}`,
    `${s.side} pauses talks with ${other(s.side)} on ${s.noun}. The outlets give different reasons for the pause.`,
  ],
  (s) => [
    `Working group on ${s.short} holds its first meeting`,
    `A joint working group on ${s.noun} holds its first meeting, in ${s.place}. ${s.context}`,
  ],
  (s) => [
    `${s.side}'s ${s.official} visits ${s.place}`,
    `${s.side}'s ${s.official} visits ${s.place} for talks that include ${s.noun}. ${s.context}`,
  ],
  (s) => [
    `Business leaders in ${s.place} call for clarity on ${s.short}`,
    `Business leaders in ${s.place} call on both governments to clarify their plans on ${s.noun}.`,
  ],
];

/** A neutral title and a two-sentence summary for an event of `story`. */
export function drawEventText(
  rnd: Draw,
  story: Story,
  expected: boolean,
): { title: string; summary: string } {
  const template = pick(rnd, expected ? EXPECTED_EVENTS : EVENTS);
  const [title, summary] = template({
    noun: story.topic.noun,
    short: story.topic.short,
    place: story.place,
    side: pick(rnd, SIDES),
    actors: pick(rnd, ACTORS),
    official: pick(rnd, OFFICIALS),
    context: pick(rnd, CONTEXTS),
  });
  return { title: capitalise(title), summary };
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** An article's headline: its own (`article`), or a neutral description of ours. */
export function drawHeadline(
  rnd: Draw,
  story: Story,
  published: { year: number; month: number },
): { headline: string; headlineSource: 'article' | 'ours' } {
  const { noun, short } = story.topic;
  if (rnd() < 0.2) {
    return {
      headline: `Report on talks about ${noun}, ${MONTHS[published.month - 1]} ${published.year}`,
      headlineSource: 'ours',
    };
  }
  const side = pick(rnd, SIDES);
  const headline = pick(rnd, [
    `India and Canada discuss ${noun} in ${story.place}`,
    `What the latest talks on ${short} mean for ${side}`,
    `${side} signals a new approach on ${noun}`,
    `Officials meet in ${story.place} as ${short} return to the agenda`,
    `${side} and ${other(side)} take cautious steps on ${noun}`,
    `Questions remain over ${noun} after meetings in ${story.place}`,
  ]);
  return { headline: capitalise(headline), headlineSource: 'article' };
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ADJECTIVES = [
  'constructive',
  'frank',
  'forward-looking',
  'productive',
  'candid',
  'substantive',
  'cordial',
  'difficult',
];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];
const CONCERNS = [
  'much depended on how the rules were applied',
  'families were still waiting for answers',
  'the timetable remained unclear',
  'trust would take time to rebuild',
  'smaller businesses had not been consulted',
];
const POSITIONS = [
  'the two issues should be kept separate',
  'progress depends on practical cooperation',
  'its concerns have not been fully addressed',
  'dialogue is the only way forward',
  'the matter is one for the courts',
];

interface SentenceSlots {
  rnd: Draw;
  noun: string;
  place: string;
  side: string;
  official: string;
  year: number;
  past: number;
}

const SENTENCES: readonly ((s: SentenceSlots) => string)[] = [
  (s) =>
    `${s.side}’s ${s.official} met ${other(s.side)}’s counterpart in ${s.place} on ${pick(s.rnd, WEEKDAYS)} to discuss ${s.noun}.`,
  (s) =>
    `Officials described the talks on ${s.noun} as “${pickTwo(s.rnd, ADJECTIVES).join(' and ')}”, according to a statement issued afterwards.`,
  (s) =>
    `${s.side}’s foreign ministry said it would “continue to engage” with ${other(s.side)} on ${s.noun}.`,
  (s) =>
    `About ${between(s.rnd, 2, 90) * 100} people were affected by the changes, community groups in ${s.place} said.`,
  (s) =>
    `Both sides agreed to set up a working group on ${s.noun} that would report back within ${between(s.rnd, 2, 9)} months.`,
  (s) =>
    `Critics in ${s.place} questioned whether the announcement would change much on the ground.`,
  (s) =>
    `“We are committed to a constructive relationship,” the ${s.official} told reporters in ${s.place}.`,
  (s) =>
    `The meeting was the ${pick(s.rnd, ORDINALS)} of its kind since ${s.past}, when talks on ${s.noun} were last held at this level.`,
  (s) =>
    `Analysts said ${s.noun} had become a test of whether the two governments could work together again.`,
  (s) =>
    `A joint statement referred to “shared priorities on ${s.noun}” but gave no timeline for the next steps.`,
  (s) => `${other(s.side)}’s ${s.official} did not comment on the talks.`,
  (s) =>
    `The issue of ${s.noun} has come up in every high-level meeting between the two countries since ${s.past}.`,
  (s) =>
    `Trade between the two countries was worth about ${between(s.rnd, 9, 30)} billion dollars in ${s.year - 1}, according to official figures.`,
  (s) =>
    `Opposition parties in ${s.side === 'India' ? 'the Lok Sabha' : 'the House of Commons'} called for more details on ${s.noun}.`,
  (s) =>
    `Officials in ${s.place} said the next round of talks would take place in ${pick(s.rnd, MONTHS)}.`,
  (s) => `Community leaders in ${s.place} welcomed the move but said ${pick(s.rnd, CONCERNS)}.`,
  (s) => `It was not immediately clear how the measures on ${s.noun} would be enforced.`,
  (s) => `${s.side} has long maintained that ${pick(s.rnd, POSITIONS)}.`,
  (s) =>
    `The talks — the ${pick(s.rnd, ORDINALS)} such meeting this year — ended without a joint press conference.`,
  (s) =>
    `${s.side}’s government said ${s.noun} would remain “a priority” in its dealings with ${other(s.side)}.`,
  (s) =>
    `Neither government gave figures for the cost of the measures, which officials called ${pick(s.rnd, ADJECTIVES)}.`,
  (s) =>
    `People familiar with the discussions said the two sides were still some way apart on ${s.noun}.`,
];

/**
 * One sentence of an article about `story`: 40 to 200 characters, so that a quote of one
 * to three of them can be 80 to 400.
 */
export function drawSentence(rnd: Draw, story: Story, year: number): string {
  const template = pick(rnd, SENTENCES);
  return template({
    rnd,
    noun: story.topic.noun,
    place: story.place,
    side: pick(rnd, SIDES),
    official: pick(rnd, OFFICIALS),
    year,
    past: Math.max(2015, year - between(rnd, 1, 6)),
  });
}

const OUTLET_WORDS = [
  'Maple',
  'Northern',
  'Capital',
  'Pacific',
  'Southern',
  'Prairie',
  'Harbour',
  'Deccan',
  'Eastern',
  'Western',
  'Atlantic',
  'Central',
  'Frontier',
  'Lakeside',
  'Monsoon',
  'Summit',
  'Riverside',
  'Coastal',
  'Metro',
  'National',
];
const OUTLET_NOUNS = [
  'Courier',
  'Herald',
  'Ledger',
  'Tribune',
  'Gazette',
  'Dispatch',
  'Observer',
  'Chronicle',
  'Post',
  'Times',
  'Bulletin',
  'Review',
  'Desk',
  'Wire',
  'Report',
  'Journal',
];

/** `count` distinct outlet names. */
export function drawOutletNames(rnd: Draw, count: number): string[] {
  const names = OUTLET_WORDS.flatMap((w) => OUTLET_NOUNS.map((n) => `${w} ${n}`));
  shuffle(rnd, names);
  return Array.from({ length: count }, (_, i) =>
    i < names.length ? names[i]! : `${names[i % names.length]} ${Math.floor(i / names.length) + 1}`,
  );
}

export const COUNTRIES = ['India', 'India', 'India', 'Canada', 'Canada', null, 'United Kingdom'];

export const ERA_LABELS = [
  ['Early engagement', 'Regular ministerial contact and a framework for cooperation.'],
  ['Growing friction', 'Public disagreements over security and interference.'],
  ['Diplomatic rift', 'Staff withdrawn and high-level contact suspended.'],
  ['Gradual thaw', 'Officials resume talks on practical issues.'],
  ['Renewed dialogue', 'Regular meetings at ministerial level return.'],
] as const;

/** How outlets may differ on an event, and the positions they may take. */
export const DIFFERENCES = [
  {
    label: 'How the talks are characterised',
    positions: ['As routine dialogue', 'As a breakthrough', 'As a cautious first step'],
  },
  {
    label: 'What was agreed',
    positions: ['A formal agreement', 'A statement of intent', 'Nothing concrete'],
  },
  {
    label: 'Who took part',
    positions: ['Ministers', 'Senior officials', 'Both leaders'],
  },
  {
    label: 'When the change takes effect',
    positions: ['At once', 'Within months', 'No date given'],
  },
  {
    label: 'Why the talks were paused',
    positions: ['Security concerns', 'Domestic politics', 'Scheduling'],
  },
] as const;

/** Two different items of `items`. */
function pickTwo<T>(rnd: Draw, items: readonly T[]): [T, T] {
  const i = Math.floor(rnd() * items.length);
  const j = (i + 1 + Math.floor(rnd() * (items.length - 1))) % items.length;
  return [items[i]!, items[j]!];
}

export function shuffle<T>(rnd: Draw, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
