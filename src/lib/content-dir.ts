/**
 * The folder the site is built from: `content/` unless `CONTENT_DIR` names another
 * (test fixtures, the national-scale data set). Relative to the project root.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return (env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}
