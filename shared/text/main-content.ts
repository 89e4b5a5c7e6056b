/**
 * Where a page's main content is, so read-aloud skips menus, headers and footers: a portal profile's
 * selectors first, then the page's own main landmark, then a single article, then the body.
 *
 * Record portals built on the NHS.UK frontend and most others mark their main landmark, so landmarks
 * come before any guessing. (@mozilla/readability was considered: it works on a copy of the page and
 * returns new nodes, so its result cannot be highlighted on the page without a mapping layer.)
 */
export function findMainContent(doc: Document, profileSelectors: readonly string[] = []): Element {
  for (const selector of profileSelectors) {
    try {
      const found = doc.querySelector(selector);
      if (found) return found;
    } catch {
      // A malformed selector in a profile must not stop reading; try the next.
    }
  }
  const landmarks = [...doc.querySelectorAll('main, [role="main"]')].filter((el) => !el.hasAttribute('hidden'));
  if (landmarks.length === 1 && landmarks[0]) return landmarks[0];
  const articles = doc.querySelectorAll('article');
  if (articles.length === 1 && articles[0]) return articles[0];
  return doc.body ?? doc.documentElement;
}
