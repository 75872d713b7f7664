/**
 * The built task pane in a real headless Chromium, as a user outside Office meets it: served from
 * loopback, office.js unreachable (or reporting no host), a workbook opened, refreshed and
 * downloaded; an axe scan of every view in light and dark; screenshots kept as artifacts.
 */
import ExcelJS from 'exceljs';
import { type AddressObject, simpleParser } from 'mailparser';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openXlsx } from '../../src/adapters/xlsx/xlsxWorkbook';
import { refresh } from '../../src/app/refresh';
import { toReport, type ReportV1 } from '../../src/app/report';
import { parseIsoDate, type LocalDate } from '../../src/domain/localDate';
import { runCli, tempDir } from '../support/cli';
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

async function newPage(options: { officeJs: 'unreachable' | 'local'; locale?: string; permissions?: string[] }): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  // Reduced motion: screenshots catch the tab indicator at rest, not mid-slide.
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 420, height: 900 },
    locale: options.locale ?? 'en-US',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    permissions: options.permissions ?? [],
  });
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

async function openAndRefresh(page: Page, file = SAMPLE): Promise<void> {
  const open = page.getByRole('button', { name: 'Open workbook', exact: true });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), open.click()]);
  await chooser.setFiles(file);
  await page.getByText(`Workbook: ${path.basename(file)}`).waitFor();
  await page.getByLabel('As of').fill(AS_OF);
  await page.getByRole('button', { name: 'Refresh aging', exact: true }).click();
  await page.getByRole('status').getByText(/invoices read from/).waitFor({ timeout: 60000 });
}

/**
 * axe-core in the page: the serious and critical findings, as "rule: targets". A draft preview's
 * frame is sandboxed with no scripts, so axe cannot run inside it (it would wait a minute for
 * an answer): `iframes: false` checks the frame element (its name) but not the customer's message.
 */
async function seriousViolations(page: Page, options: { iframes?: boolean } = {}): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const found = await page.evaluate(async (iframes) => {
    // Tabster's focus guards (<i data-tabster-dummy>, aria-hidden and focusable by design) pass
    // focus straight on and are never read out; axe cannot know that, so they are left out.
    const context = { exclude: [['[data-tabster-dummy]']] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(context, { iframes });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => String(n.target)) }));
  }, options.iframes ?? true);
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

/**
 * Today's drafts in the standalone page, on the sample with Company and Sender name filled in.
 * The fixture is made the way a user would make it: the CLI's first refresh with a policy writes
 * those settings into the new "Dunning settings" sheet, and the page reads them from there.
 */
describe('the draft preview and its deliveries', () => {
  const POLICY = { drafts: { company: 'Northwind Supplies', senderName: 'Ana Kowalska', paymentDetails: 'IBAN DE89 3704 0044 0532 0130 00' } };
  let fixture: string;
  let first: { customer: string; subject: string; text: string; to: string[] };

  beforeAll(async () => {
    const dir = tempDir('dunning-site-');
    const policy = path.join(dir, 'drafting-policy.json');
    fs.writeFileSync(policy, JSON.stringify(POLICY));
    fixture = path.join(dir, 'receivables-drafting.xlsx');
    const run = runCli(['refresh', SAMPLE, '--as-of', AS_OF, '--policy', policy, '--out', fixture]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    // Without --policy now: the drafts come from what the sheet says, as they will in the page.
    const result = await refresh(openXlsx(fs.readFileSync(fixture)), { asOf: parseIsoDate(AS_OF) as LocalDate });
    expect(result.notices).toEqual([]);
    const draft = result.draftFor(0);
    if (!draft) throw new Error('the fixture drafts nothing for the first action');
    first = { customer: result.plan.actions[0].customer, subject: draft.subject, text: draft.text, to: [...draft.to] };
  });

  /** The first action's card, its draft region, and its status line. */
  function firstDraft(page: Page) {
    const region = page.getByRole('region', { name: `Draft for ${first.customer}`, exact: true });
    return { region, status: region.getByRole('status') };
  }

  it('previews the draft and delivers it: Copy says it used the Clipboard API, Save .eml downloads a draft mailparser reads', async () => {
    const { context, page, errors } = await newPage({ officeJs: 'unreachable', permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site.url}/taskpane.html`);
    await openAndRefresh(page, fixture);
    const { region, status } = firstDraft(page);
    expect(first.customer).toBe('Becker Logistik GmbH');
    const text = await region.textContent();
    expect(text).toContain('Email draft');
    expect(text).toContain(first.subject);
    expect(text).toContain(first.to.join('; '));

    // The message, as the customer will see it, in a frame that runs nothing.
    await region.getByRole('button', { name: 'Show message' }).click();
    const frame = region.locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.getAttribute('title')).toBe(`Message to ${first.customer}`);
    await page.frameLocator(`iframe[title="Message to ${first.customer}"]`).getByText('IBAN DE89 3704 0044 0532 0130 00').waitFor();

    await region.getByRole('button', { name: 'Copy', exact: true }).click();
    await status.getByText(/Copied with formatting \(Clipboard API\)/).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first.text);

    // The sample's first draft is too long for a mail link: it says so and points at Save .eml.
    await region.getByRole('button', { name: 'Open in Outlook', exact: true }).click();
    await status.getByText(/Too long for a mail link: it would be [\d,]+ characters, over the 1,800/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: 'Save .eml instead' }).click()]);
    expect(download.suggestedFilename()).toBe('2026-11-30-Becker-Logistik-GmbH-notice-1.eml');
    await status.getByText('Saved “2026-11-30-Becker-Logistik-GmbH-notice-1.eml” to your downloads.', { exact: false }).waitFor();
    const mail = await simpleParser(fs.readFileSync(await download.path()));
    expect(mail.subject).toBe(first.subject);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect((mail.to as AddressObject).value.map((v) => v.address)).toEqual(first.to);
    expect(mail.text).toContain('IBAN DE89 3704 0044 0532 0130 00');
    expect(mail.html).toContain('<table');

    // The Save .eml button itself gives the same file.
    const [again] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: 'Save .eml', exact: true }).click()]);
    expect(fs.readFileSync(await again.path())).toEqual(fs.readFileSync(await download.path()));

    // A shorter draft fits a mail link: the page hands it to the mail program and stays as it was.
    const fits = page.getByRole('region', { name: 'Draft for Müller Maschinenbau GmbH', exact: true });
    await fits.getByRole('button', { name: 'Open in Outlook', exact: true }).click();
    await fits.getByRole('status').getByText(/Your mail program was asked to open the message \(a mail link\)/).waitFor();
    expect(page.url()).toBe(`${site.url}/taskpane.html`);
    await page.getByRole('list', { name: '20 actions' }).waitFor();

    // Creating Outlook drafts needs a Microsoft 365 sign-in, which the standalone page does not have.
    const outlook = page.getByRole('region', { name: 'Outlook drafts' });
    const create = outlook.getByRole('button', { name: 'Create 20 Outlook drafts' });
    expect(await create.getAttribute('aria-disabled')).toBe('true');
    expect(await outlook.textContent()).toContain('Creating Outlook drafts needs Excel');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('falls back when the clipboard is denied, and says which way worked', async () => {
    const { context, page, errors } = await newPage({ officeJs: 'unreachable', permissions: ['clipboard-read'] });
    // Deny clipboard writes as Excel on the web's frame does (no clipboard-write permission).
    const session = await context.newCDPSession(page);
    const { targetInfo } = (await session.send('Target.getTargetInfo')) as { targetInfo: { browserContextId: string } };
    const browserSession = await browser.newBrowserCDPSession();
    await browserSession.send('Browser.setPermission', { permission: { name: 'clipboard-write' }, setting: 'denied', browserContextId: targetInfo.browserContextId });
    await page.goto(`${site.url}/taskpane.html`);
    expect(await page.evaluate(() => navigator.permissions.query({ name: 'clipboard-write' as PermissionName }).then((p) => p.state))).toBe('denied');
    await openAndRefresh(page, fixture);
    const { region, status } = firstDraft(page);

    await region.getByRole('button', { name: 'Copy', exact: true }).click();
    await status.getByText(/Copied with formatting \(the browser’s copy command; the Clipboard API is not allowed here\)/).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first.text);

    // Where the copy command is refused too (some desktop webviews), a selected box to copy by hand.
    await page.evaluate(() => {
      Document.prototype.execCommand = () => false;
    });
    await region.getByRole('button', { name: 'Copy', exact: true }).click();
    await status.getByText(/This window does not allow copying automatically/).waitFor();
    const box = region.getByRole('textbox', { name: 'The message text, selected: press Ctrl+C to copy it' });
    expect(await box.inputValue()).toBe(first.text);
    expect(await box.evaluate((el) => el === document.activeElement && (el as HTMLTextAreaElement).selectionEnd === (el as HTMLTextAreaElement).value.length)).toBe(true);
    await browserSession.detach();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no serious accessibility violations in the draft view, light or dark, and keeps screenshots of it', async () => {
    const { context, page } = await newPage({ officeJs: 'unreachable', permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site.url}/taskpane.html`);
    await openAndRefresh(page, fixture);
    const { region, status } = firstDraft(page);
    // From the keyboard: Enter shows the message, Tab passes the frame to the delivery buttons.
    await region.getByRole('button', { name: 'Show message' }).focus();
    await page.keyboard.press('Enter');
    await region.locator('iframe').waitFor();
    expect(await region.getByRole('button', { name: 'Hide message' }).getAttribute('aria-expanded')).toBe('true');
    const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('title') || document.activeElement?.textContent?.trim() || '');
    const stops: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      stops.push(await focusedName());
    }
    expect(stops).toEqual([`Message to ${first.customer}`, 'Copy', 'Open in Outlook']);
    await page.keyboard.press('Enter');
    await status.getByText(/Too long for a mail link/).waitFor();
    const card = page.getByRole('article').first();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.waitForFunction((s) => document.querySelector('[data-theme]')?.getAttribute('data-theme') === s, scheme);
      expect([scheme, await seriousViolations(page, { iframes: false })]).toEqual([scheme, []]);
      await region.getByRole('button', { name: 'Hide message' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SHOTS, `drafts-${scheme}.png`) });
      await card.screenshot({ path: path.join(SHOTS, `draft-card-${scheme}.png`) });
    }
    await context.close();
  });
});
