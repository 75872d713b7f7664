import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, requireSite } from './siteServer';

interface Sizes {
  entries: Record<string, { raw: number; gzip: number; files: Array<{ file: string }> }>;
  lazy: Array<{ name: string; raw: number; gzip: number; files: string[] }>;
}

describe('the task pane bundle', () => {
  let sizes: Sizes;
  beforeAll(() => {
    requireSite();
    sizes = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/bundle-sizes.json'), 'utf8')) as Sizes;
  });

  it('downloads under 250 KB gzipped before the pane paints', () => {
    expect(sizes.entries.taskpane.gzip).toBeLessThan(250 * 1024);
    expect(sizes.entries.taskpane.files).toHaveLength(1);
  });

  it('leaves the engine, the .xlsx reader, the Office adapter, the drafts’ delivery, MSAL and the holiday calendars to load when used', () => {
    expect(sizes.lazy.map((c) => c.name)).toEqual(expect.arrayContaining(['engine', 'xlsx', 'office', 'holidays', 'outlook', 'graph', 'msal']));
    const first = fs.readFileSync(path.join(ROOT, 'dist/site', sizes.entries.taskpane.files[0].file), 'utf8');
    // fflate's and date-holidays' own error texts: present only if they slipped into the first bundle.
    expect(first).not.toContain('invalid zip data');
    expect(first).not.toContain('moment');
    // The .eml writer's header and MSAL's library id: the Outlook adapter and sign-in stay out too.
    expect(first).not.toContain('X-Unsent');
    expect(first).not.toContain('msal.js.browser');
  });
});
