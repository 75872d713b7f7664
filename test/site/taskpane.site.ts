/**
 * The built task pane in a real headless Chromium, as a user outside Office meets it: served from
 * loopback, office.js unreachable (or reporting no host), a workbook opened, refreshed and
 * downloaded; an axe scan of every view in light and dark; screenshots kept as artifacts.
 */
import ExcelJS from 'exceljs';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openXlsx } from '../../src/adapters/xlsx/xlsxWorkbook';
import { refresh } from '../../src/app/refresh';
import { toReport, type ReportV1 } from '../../src/app/report';
import { parseIsoDate, type LocalDate } from '../../src/domain/localDate';
import { launchChromium } from './browser';
import { ROOT, requireSite, serveSite } from './siteServer';

const SAMPLE = path.join(ROOT, 'samples/receivables.xlsx');
const AS_OF = '2026-11-30';
const SHOTS = path.join(ROOT, 'test-output/screenshots');
const OFFICE_JS = '**/appsforoffice.microsoft.com/**';
const OFFICE_DIST = path.join(ROOT, 'node_modules/@microsoft/office-js/dist');

// Chromium starts, and a 300-row workbook is refreshed in the page, several times over.
jest.setTimeout(120_000);

let browser: Browser;
let site: { url: string; close(): Promise<void> };
let expected: ReportV1;

beforeAll(async () => {
  requireSite();
  fs.mkdirSync(SHOTS, { recursive: true });
  site = await serveSite();
  browser = await launchChromium();
  // The same engine on the same file in Node (the CLI's path): what the page must show.
  expected = toReport(await refresh(openXlsx(fs.readFileSync(SAMPLE)), { asOf: parseIsoDate(AS_OF) as LocalDate }));
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function newPage(options: { officeJs: 'unreachable' | 'local'; locale?: string }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  // Reduced motion: screenshots catch the tab indicator at rest, not mid-slide.
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 420, height: 900 }, locale: options.locale ?? 'en-US', colorScheme: 'light', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (options.officeJs === 'unreachable') await page.route(OFFICE_JS, (route) => route.abort('internetdisconnected'));
  else {
    // office.js from the npm package, as the CDN would serve it; outside Office it reports no host.
    await page.route(OFFICE_JS, (route) => {
      const file = path.join(OFFICE_DIST, new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, ''));
      return fs.existsSync(file) ? route.fulfill({ path: file, contentType: 'text/javascript' }) : route.fulfill({ status: 404 });
    });
  }
  return { context, page, errors };
}

async function openAndRefresh(page: Page): Promise<void> {
  const open = page.getByRole('button', { name: 'Open workbook', exact: true });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), open.click()]);
  await chooser.setFiles(SAMPLE);
  await page.getByText('Workbook: receivables.xlsx').waitFor();
  await page.getByLabel('As of').fill(AS_OF);
  await page.getByRole('button', { name: 'Refresh aging', exact: true }).click();
  await page.getByRole('status').getByText(/invoices read from/).waitFor({ timeout: 60000 });
}

/** axe-core in the page: the serious and critical findings, as "rule: targets". */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const found = await page.evaluate(async () => {
    // Tabster's focus guards (<i data-tabster-dummy>, aria-hidden and focusable by design) pass
    // focus straight on and are never read out; axe cannot know that, so they are left out.
    const context = { exclude: [['[data-tabster-dummy]']] };
    const result = await (window as unknown as { axe: { run(context: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe.run(context);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => String(n.target)) }));
  });
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.targets.join(' | ')}`);
}

const money = (amount: string, currency: string) =>
  `${new Intl.NumberFormat('en-US', { minimumFractionDigits: amount.split('.')[1]?.length ?? 0 }).format(Number(amount))} ${currency}`;

describe('the task pane outside Office', () => {
  it('boots as the standalone tool when office.js cannot be reached', async () => {
    const { context, page, errors } = await newPage({ officeJs: 'unreachable' });
    const started = Date.now();
    await page.goto(`${site.url}/taskpane.html`);
    for (const name of ['Open workbook', 'Refresh aging', 'Download workbook']) {
      await page.getByRole('button', { name, exact: true }).waitFor();
    }
    expect(Date.now() - started).toBeLessThan(5000);
    expect(await page.getByRole('button', { name: 'Refresh aging' }).isDisabled()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-US');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('boots as the standalone tool when office.js loads and reports no host', async () => {
    const { context, page, errors } = await newPage({ officeJs: 'local' });
    await page.goto(`${site.url}/taskpane.html`);
    await page.getByRole('button', { name: 'Open workbook', exact: true }).waitFor({ timeout: 15000 });
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe('object');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a workbook, refreshes it, shows the plan and summary, and downloads the refreshed workbook', async () => {
    const { context, page, errors } = await newPage({ officeJs: 'unreachable' });
    await page.goto(`${site.url}/taskpane.html`);
    await openAndRefresh(page);
    expect(await page.getByRole('status').textContent()).toBe(`${expected.invoices.length} invoices read from “Receivables” (header on row 4).`);

    // Today's actions: every customer of the plan, in priority order, with step, amount and why.
    expect(expected.actions).toHaveLength(20);
    const list = page.getByRole('list', { name: '20 actions' });
    expect(await list.getByRole('heading', { level: 2 }).allTextContents()).toEqual(expected.actions.map((a) => a.customer));
    const first = expected.actions[0];
    const card = list.getByRole('article').first();
    const text = await card.textContent();
    expect(text).toContain(`(${first.step})`);
    expect(text).toContain(money(first.open, first.currency));
    expect(text).toContain(first.why);
    // Pinned from the CLI's run on the sample (README quick start), independently of the page.
    expect([first.customer, first.step, first.open, first.currency]).toEqual(['Becker Logistik GmbH', 'notice-1', '8210.70', 'EUR']);

    // The summary: each currency's total and buckets.
    await page.getByRole('tab', { name: 'Summary' }).click();
    for (const [currency, totals] of Object.entries(expected.summary.byCurrency)) {
      const region = page.getByRole('region', { name: currency, exact: true });
      expect(await region.textContent()).toContain(`Total ${money(String(totals.total), currency)}`);
      expect(await region.getByRole('img').getAttribute('aria-label')).toContain(`31–60 days: ${money(String(totals['31-60']), currency)}`);
    }
    expect(await page.getByRole('region', { name: 'EUR', exact: true }).textContent()).toContain('Total 27,092.56 EUR');

    // The download: a workbook an independent reader (exceljs) opens, with the product's sheets.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download workbook', exact: true }).click()]);
    expect(download.suggestedFilename()).toBe('receivables.refreshed.xlsx');
    const bytes = fs.readFileSync(await download.path());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Receivables', 'Aging summary', 'Issues', "Today's actions", 'Collections log', 'Dunning settings']));
    const actionsSheet = workbook.getWorksheet("Today's actions");
    const customers: string[] = [];
    actionsSheet?.eachRow((row) => customers.push(String(row.getCell(2).value ?? '')));
    expect(customers).toEqual(expect.arrayContaining(expected.actions.map((a) => a.customer)));
    // And the product's own reader reads back the same plan from it.
    const again = toReport(await refresh(openXlsx(bytes), { asOf: parseIsoDate(AS_OF) as LocalDate }));
    expect(again.actions.map((a) => a.id)).toEqual(expected.actions.map((a) => a.id));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no serious accessibility violations in any view, light or dark, and keeps screenshots of each', async () => {
    const { context, page } = await newPage({ officeJs: 'unreachable' });
    await page.goto(`${site.url}/taskpane.html`);
    await page.getByRole('button', { name: 'Open workbook', exact: true }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'start-light.png') });
    await openAndRefresh(page);
    const views: Array<[string, RegExp]> = [['actions', /Today’s actions/], ['summary', /Summary/], ['problems', /Problems/], ['columns', /Columns/]];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForFunction((s) => document.querySelector('[data-theme]')?.getAttribute('data-theme') === s, scheme);
      for (const [view, tab] of views) {
        await page.getByRole('tab', { name: tab }).click();
        expect([view, scheme, await seriousViolations(page)]).toEqual([view, scheme, []]);
        await page.screenshot({ path: path.join(SHOTS, `${view}-${scheme}.png`) });
      }
    }
    await page.screenshot({ path: path.join(SHOTS, 'columns-dark-full.png'), fullPage: true });
    expect(fs.readdirSync(SHOTS).filter((f) => f.endsWith('.png')).length).toBeGreaterThanOrEqual(9);
    await context.close();
  });

  it('speaks the browser’s language', async () => {
    const { context, page } = await newPage({ officeJs: 'unreachable', locale: 'ru-RU' });
    await page.goto(`${site.url}/taskpane.html`);
    const open = page.getByRole('button', { name: 'Открыть книгу', exact: true });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), open.click()]);
    await chooser.setFiles(SAMPLE);
    await page.getByText('Книга: receivables.xlsx').waitFor();
    await page.getByLabel('На дату').fill(AS_OF);
    await page.getByRole('button', { name: 'Обновить анализ по срокам', exact: true }).click();
    await page.getByRole('list', { name: '20 действий' }).waitFor({ timeout: 60000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru-RU');
    await page.screenshot({ path: path.join(SHOTS, 'actions-light-ru.png') });
    await context.close();
  });

  it('is usable from the keyboard alone', async () => {
    const { context, page } = await newPage({ officeJs: 'unreachable' });
    await page.goto(`${site.url}/taskpane.html`);
    await openAndRefresh(page);
    // From the title down, Tab walks the controls in reading order (the date input has a stop
    // per part: month, day, year).
    await page.getByRole('heading', { level: 1 }).click();
    const focused: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      focused.push(await page.evaluate(() => {
        const el = document.activeElement as (HTMLElement & { labels?: NodeListOf<HTMLLabelElement> }) | null;
        return el?.getAttribute('aria-label') || el?.labels?.[0]?.textContent || el?.textContent?.trim() || el?.tagName || '';
      }));
    }
    const order = ['Open workbook', 'Download workbook', 'As of', 'Refresh aging', 'Today’s actions (20)'];
    expect(focused.filter((name, i) => order.includes(name) && focused.indexOf(name) === i)).toEqual(order);
    // Tabs answer the arrow keys; Enter on the Download button starts a download.
    await page.getByRole('tab', { name: /Today’s actions/ }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('tab', { name: 'Summary' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('button', { name: 'Download workbook', exact: true }).focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('receivables.refreshed.xlsx');
    await context.close();
  });
});
