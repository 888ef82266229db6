/** An article file: YAML front matter between `---` lines, then the article body. */
export interface SplitArticle {
  frontMatter: string;
  /** Line of the file the front matter starts on. */
  frontMatterLine: number;
  /** Everything after the closing `---`, without trailing whitespace. */
  body: string;
}

export function splitFrontMatter(text: string): SplitArticle | { error: string; line: number } {
  const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Most files have no carriage return: a quick look spares a pass of the regular expression.
  const normalised = unmarked.includes('\r') ? unmarked.replace(/\r\n?/g, '\n') : unmarked;
  if (!normalised.startsWith('---\n')) {
    return { error: 'no front matter: the file must start with a line "---"', line: 1 };
  }
  const close = normalised.indexOf('\n---\n', 3);
  const closeAtEnd = normalised.endsWith('\n---') ? normalised.length - 4 : -1;
  const at = close !== -1 ? close : closeAtEnd;
  if (at === -1) {
    return {
      error: 'front matter is not closed: add a line "---" before the article body',
      line: 1,
    };
  }
  return {
    frontMatter: normalised.slice(4, at + 1),
    frontMatterLine: 2,
    body: normalised.slice(at + 5).trimEnd(),
  };
}
