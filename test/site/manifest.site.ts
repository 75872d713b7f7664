/**
 * @jest-environment jsdom
 */
// The manifest is checked here because the Office service that validates manifests is online
// only: ids, https everywhere, every resource id defined and used, icons present at their size,
// and URLs that point at files the build produced.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, SITE, requireSite } from './siteServer';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinBaseUrl, renderManifest, DEV_BASE_URL } = require('../../tools/siteManifest.js') as {
  addinBaseUrl(value: string | undefined): string;
  renderManifest(xml: string, base: string): string;
  DEV_BASE_URL: string;
};

const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest is not well-formed XML: ${error.textContent}`);
  return doc;
}

const all = (doc: Document, name: string) => Array.from(doc.getElementsByTagName('*')).filter((e) => e.localName === name);
const one = (doc: Document, name: string) => {
  const found = all(doc, name);
  if (found.length !== 1) throw new Error(`expected one <${name}>, found ${found.length}`);
  return found[0];
};

/** Every URL in the manifest: DefaultValue/Value attributes that look like one, and AppDomain text. */
function urls(doc: Document): string[] {
  const values = Array.from(doc.getElementsByTagName('*')).flatMap((e) => ['DefaultValue', 'Value'].map((a) => e.getAttribute(a) ?? ''));
  return [...values.filter((v) => /^[a-z]+:\/\//i.test(v)), ...all(doc, 'AppDomain').map((e) => e.textContent ?? '')];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const base = addinBaseUrl(process.env.ADDIN_BASE_URL);

describe('the built manifest (dist/site/manifest.xml)', () => {
  let doc: Document;
  beforeAll(() => {
    requireSite();
    doc = parse(fs.readFileSync(path.join(SITE, 'manifest.xml'), 'utf8'));
  });

  it('is an Excel task-pane add-in with a stable GUID id and a four-part version', () => {
    expect(doc.documentElement.localName).toBe('OfficeApp');
    expect(doc.documentElement.getAttributeNS(XSI, 'type')).toBe('TaskPaneApp');
    expect(one(doc, 'Id').textContent).toBe('6f1d2c3a-8b4e-4f7a-9c2d-5e6f7a8b9c0d');
    expect(one(doc, 'Version').textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(all(doc, 'Host').filter((h) => h.getAttribute('Name')).map((h) => h.getAttribute('Name'))).toEqual(['Workbook']);
  });

  it('asks for the least privilege that works and the Excel API it uses', () => {
    expect(one(doc, 'Permissions').textContent).toBe('ReadWriteDocument');
    expect(all(doc, 'Set').map((s) => [s.getAttribute('Name'), s.getAttribute('MinVersion')])).toEqual([['ExcelApi', '1.7']]);
  });

  it('uses https for every URL, all under the one base URL', () => {
    const found = urls(doc);
    expect(found.length).toBeGreaterThan(5);
    for (const url of found) {
      expect(url.startsWith('https://')).toBe(true);
      expect(url.startsWith(`${base}/`)).toBe(true);
    }
  });

  it('defines every resource id it uses, and uses every one it defines', () => {
    const resources = ['Image', 'Url', 'String'].flatMap((name) => Array.from(doc.getElementsByTagNameNS(BT, name)).filter((e) => e.parentElement?.namespaceURI === BT && e.getAttribute('id')));
    const defined = resources.map((e) => e.getAttribute('id'));
    expect(new Set(defined).size).toBe(defined.length);
    const used = new Set(Array.from(doc.getElementsByTagName('*')).map((e) => e.getAttribute('resid')).filter((id): id is string => id !== null));
    expect([...used].filter((id) => !defined.includes(id))).toEqual([]);
    expect(defined.filter((id) => !used.has(id as string))).toEqual([]);
  });

  it('gives every control a unique id and wires the two ribbon buttons', () => {
    const controls = all(doc, 'Control');
    const ids = [...controls, ...all(doc, 'Group')].map((c) => c.getAttribute('id'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(one(doc, 'OfficeTab').getAttribute('id')).toBe('TabHome');
    const actions = controls.map((c) => all(doc, 'Action').find((a) => c.contains(a))?.getAttributeNS(XSI, 'type'));
    expect(actions).toEqual(['ExecuteFunction', 'ShowTaskpane']);
    const label = (control: Element) => {
      const resid = Array.from(control.children).find((e) => e.localName === 'Label')?.getAttribute('resid');
      return Array.from(doc.getElementsByTagNameNS(BT, 'String')).find((s) => s.getAttribute('id') === resid)?.getAttribute('DefaultValue');
    };
    expect(controls.map(label)).toEqual(['Refresh aging', 'Dunning Desk']);
  });

  it('names the function the commands page registers', () => {
    expect(one(doc, 'FunctionName').textContent).toBe('refreshAging');
    expect(fs.readFileSync(path.join(ROOT, 'src/commands/commands.ts'), 'utf8')).toContain("Office.actions.associate('refreshAging'");
    const bundle = fs.readdirSync(SITE).find((f) => /^commands\.[0-9a-f]+\.js$/.test(f));
    expect(bundle && fs.readFileSync(path.join(SITE, bundle), 'utf8')).toContain('refreshAging');
  });

  it('points every URL at a file the build produced, each page where the ribbon expects it', () => {
    for (const url of urls(doc)) {
      const file = path.join(SITE, url.slice(base.length + 1));
      expect([url, fs.existsSync(file)]).toEqual([url, true]);
    }
    const urlOf = (id: string) => Array.from(doc.getElementsByTagNameNS(BT, 'Url')).find((u) => u.getAttribute('id') === id)?.getAttribute('DefaultValue');
    const [defaultPane, ribbonPane] = all(doc, 'SourceLocation');
    expect(defaultPane.getAttribute('DefaultValue')).toBe(`${base}/taskpane.html`);
    expect(urlOf(one(doc, 'FunctionFile').getAttribute('resid') as string)).toBe(`${base}/commands.html`);
    expect(urlOf(ribbonPane.getAttribute('resid') as string)).toBe(`${base}/taskpane.html`);
  });

  it('has every icon in assets/ at the size it claims', () => {
    const claimed: Array<[string, number]> = [
      [one(doc, 'IconUrl').getAttribute('DefaultValue') as string, 32],
      [one(doc, 'HighResolutionIconUrl').getAttribute('DefaultValue') as string, 64],
      ...Array.from(doc.getElementsByTagNameNS(BT, 'Image'))
        .filter((i) => i.getAttribute('id'))
        .map((i): [string, number] => [i.getAttribute('DefaultValue') as string, Number(/(\d+)x\1$/.exec(i.getAttribute('id') ?? '')?.[1])]),
    ];
    for (const [url, size] of claimed) {
      expect(url).toMatch(/\/assets\/icon-\d+\.png$/);
      expect(pngSize(path.join(SITE, url.slice(base.length + 1)))).toEqual([size, size]);
    }
  });
});

describe('production URLs from one setting', () => {
  const source = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

  it('moves every URL of the source manifest to ADDIN_BASE_URL, and nothing else', () => {
    const prod = addinBaseUrl('https://addins.example.com/dunning-desk/');
    const rendered = renderManifest(source, prod);
    expect(rendered).not.toContain(DEV_BASE_URL);
    const found = urls(parse(rendered));
    expect(found.every((u) => u.startsWith('https://addins.example.com/dunning-desk/'))).toBe(true);
    expect(found).toHaveLength(urls(parse(source)).length);
    expect(rendered.replaceAll(prod, DEV_BASE_URL)).toBe(source);
  });

  it('refuses a base URL Office would not load', () => {
    expect(() => addinBaseUrl('http://addins.example.com')).toThrow(/https/);
    expect(() => addinBaseUrl('addins.example.com')).toThrow(/absolute https URL/);
    expect(() => addinBaseUrl('https://addins.example.com/?v=1')).toThrow(/plain origin/);
    expect(addinBaseUrl(undefined)).toBe(DEV_BASE_URL);
  });

  it('writes the source with development URLs only', () => {
    expect(urls(parse(source)).every((u) => u.startsWith(`${DEV_BASE_URL}/`))).toBe(true);
  });
});
