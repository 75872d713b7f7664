import { strToU8 } from 'fflate';
import type { OutSheet } from '../../workbook/ports';
import { chartPlacement } from '../../workbook/sheetLayout';
import {
  CHART_CONTENT_TYPE,
  DRAWING_CONTENT_TYPE,
  EMPTY_RELATIONSHIPS,
  MAIN_NAMESPACE,
  MINIMAL_STYLES,
  PACKAGE_RELATIONSHIPS_NAMESPACE,
  STYLES_CONTENT_TYPE,
  TABLE_CONTENT_TYPE,
  WORKSHEET_CONTENT_TYPE,
} from './packageTemplates';
import { relativeTarget, relsPartOf } from './partNames';
import type { SheetEntry, WorkbookStructure } from './readWorkbookStructure';
import { hasType, readRelationships } from './relationships';
import { PRODUCT_CHART_NAME, renderChart, renderChartDrawing, renderChartDrawingRels } from './renderChart';
import { keptRowsXml, rootDeclarations } from './keptRows';
import { renderOwnedSheet, type TablePlacement } from './renderOwnedSheet';
import { StyleSheetEditor } from './styleSheetEditor';
import { validateSheetNames } from './validateSheetNames';
import { writeZip, type ZipFile } from './writeZip';
import { xlsxErrors } from './xlsxError';
import type { ZipArchive, ZipCodec, ZipEntry } from './zipArchive';
import { utf8Text } from './utf8Text';
import { appendChildren, removeElements } from './xmlEdit';
import { escapeXmlAttribute } from './xmlText';
import { attrByLocalName, parseXmlTags, prefixOf } from './xmlTags';

const CONTENT_TYPES = '[Content_Types].xml';
const FORMULA = /<(?:[\w.-]+:)?f[\s>/]/;
const TABLE_NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const LOOKS_LIKE_A_CELL = /^([A-Za-z]{1,3}\d+|[RrCc]|[Rr]\d*[Cc]\d*)$/;
const PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Names and ids Excel requires to be unique across a workbook's tables. */
interface TableRegistry {
  readonly names: Set<string>;
  maxId: number;
}

function tablesOf(archive: ZipArchive, contentTypes: string, workbookXml: string, exceptParts: ReadonlySet<string>): TableRegistry {
  const registry: TableRegistry = { names: new Set(), maxId: 0 };
  for (const tag of parseXmlTags(workbookXml)) {
    if (tag.name === 'definedName' && tag.kind !== 'close' && tag.attrs.name) registry.names.add(tag.attrs.name.toUpperCase());
  }
  for (const tag of parseXmlTags(contentTypes)) {
    if (tag.name !== 'Override' || tag.attrs.ContentType !== TABLE_CONTENT_TYPE || !tag.attrs.PartName) continue;
    const part = tag.attrs.PartName.replace(/^\//, '');
    if (exceptParts.has(part.toLowerCase())) continue;
    const root = parseXmlTags(archive.text(part) ?? '').find((t) => t.name === 'table' && t.kind !== 'close');
    if (!root) continue;
    registry.maxId = Math.max(registry.maxId, Number(root.attrs.id) || 0);
    for (const name of [root.attrs.name, root.attrs.displayName]) if (name) registry.names.add(name.toUpperCase());
  }
  return registry;
}

/** The product's chart on a sheet it wrote before: its drawing and chart parts, to be rewritten in place. */
interface ProductChartParts {
  readonly drawing: string;
  readonly chart: string;
}

/**
 * The drawing and chart parts of the product's chart on a sheet, recognised by the frame's name
 * (Excel keeps it when it saves the workbook); null when the sheet has none. A user's drawing is
 * never taken for the product's.
 */
function productChartOf(archive: ZipArchive, sheetPart: string): ProductChartParts | null {
  const sheetRels = archive.text(relsPartOf(sheetPart));
  if (sheetRels === undefined) return null;
  for (const drawing of readRelationships(sheetRels, sheetPart)) {
    if (!hasType(drawing, 'drawing') || drawing.external) continue;
    const tags = parseXmlTags(archive.text(drawing.target) ?? '');
    const frame = tags.findIndex((t) => t.name === 'cNvPr' && t.kind !== 'close' && t.attrs.name === PRODUCT_CHART_NAME);
    const chartTag = frame < 0 ? undefined : tags.slice(frame).find((t) => t.name === 'chart' && t.kind !== 'close');
    const relId = chartTag && attrByLocalName(chartTag, 'id');
    const drawingRels = archive.text(relsPartOf(drawing.target));
    if (!relId || drawingRels === undefined) continue;
    const chart = readRelationships(drawingRels, drawing.target).find((r) => r.id === relId && hasType(r, 'chart') && !r.external);
    if (chart) return { drawing: drawing.target, chart: chart.target };
  }
  return null;
}

function uniqueTableName(wanted: string, registry: TableRegistry): string {
  if (!TABLE_NAME.test(wanted) || LOOKS_LIKE_A_CELL.test(wanted) || wanted.length > 255) {
    throw new RangeError(`[dunning-desk] "${wanted}" is not a valid Excel table name`);
  }
  let name = wanted;
  for (let n = 2; registry.names.has(name.toUpperCase()); n++) name = `${wanted}_${n}`;
  registry.names.add(name.toUpperCase());
  return name;
}

/**
 * A copy of the package in which each given sheet replaces the worksheet of the same name
 * (keeping its position, sheetId and relationship) or is appended as a new worksheet. Every
 * other part is copied byte for byte; the workbook, its relationships, the content types and
 * styles only gain entries. A replaced sheet loses its own relationships (drawings, comments)
 * except its table part and the product's chart (drawing and chart parts), which are rewritten in
 * place so refreshing again changes nothing; when the replaced sheet held formulas the
 * calculation chain is dropped for Excel to rebuild. The user's drawings and charts are never
 * touched: new ones get free part names.
 */
export async function writeOwnedSheets(archive: ZipArchive, structure: WorkbookStructure, sheets: readonly OutSheet[], codec: ZipCodec): Promise<Uint8Array> {
  validateSheetNames(sheets.map((s) => s.name));
  const { workbookPart, relationshipNamespace } = structure;
  const relsPart = relsPartOf(workbookPart);
  const originalRels = archive.text(relsPart);
  const originalContentTypes = archive.text(CONTENT_TYPES);
  if (originalContentTypes === undefined) throw xlsxErrors.brokenWorkbook(`it has no ${CONTENT_TYPES}`);
  const declaredParts = new Set(
    parseXmlTags(originalContentTypes).flatMap((t) => (t.name === 'Override' && t.attrs.PartName ? [t.attrs.PartName.toLowerCase()] : [])),
  );

  /** New content of changed or added parts, by lower-case part name. */
  const written = new Map<string, { part: string; data: Uint8Array; deflated?: Promise<Uint8Array> }>();
  const removed = new Set<string>();
  const write = (part: string, text: string) => {
    written.set(part.toLowerCase(), { part, data: strToU8(text) });
    removed.delete(part.toLowerCase());
  };
  /** A sheet's part, compressed (where the codec can) while the next sheet is rendered. */
  const writeSheet = (part: string, data: Uint8Array) => {
    written.set(part.toLowerCase(), { part, data, deflated: codec.deflateRawAsync?.(data) });
    removed.delete(part.toLowerCase());
  };
  const isFree = (part: string) => !archive.get(part) && !written.has(part.toLowerCase());
  const freePart = (stem: string): string => {
    for (let n = 1; ; n++) if (isFree(`${stem}${n}.xml`)) return `${stem}${n}.xml`;
  };
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const usedRelIds = new Set(structure.relationships.map((r) => r.id));
  const freeRelId = (): string => {
    for (let n = usedRelIds.size + 1; ; n++) {
      if (!usedRelIds.has(`rId${n}`)) {
        usedRelIds.add(`rId${n}`);
        return `rId${n}`;
      }
    }
  };
  const newRelationships: string[] = [];
  const newOverrides: string[] = [];
  const declare = (part: string, contentType: string) => {
    if (!declaredParts.has(`/${part}`.toLowerCase())) newOverrides.push(`<Override PartName="/${escapeXmlAttribute(part)}" ContentType="${contentType}"/>`);
  };
  const relateFromWorkbook = (part: string, type: string): string => {
    const id = freeRelId();
    newRelationships.push(`<Relationship Id="${id}" Type="${relationshipNamespace}/${type}" Target="${escapeXmlAttribute(relativeTarget(workbookPart, part))}"/>`);
    return id;
  };

  let stylesPart = structure.stylesPart;
  let stylesXml = stylesPart === null ? undefined : archive.text(stylesPart);
  if (stylesPart === null || stylesXml === undefined) {
    stylesPart = isFree(`${folder}styles.xml`) ? `${folder}styles.xml` : freePart(`${folder}styles`);
    stylesXml = MINIMAL_STYLES;
    relateFromWorkbook(stylesPart, 'styles');
    declare(stylesPart, STYLES_CONTENT_TYPE);
  }
  const styles = new StyleSheetEditor(stylesXml);

  const workbookTags = parseXmlTags(structure.workbookXml);
  const root = workbookTags.find((t) => t.kind !== 'close');
  const sheetsTag = workbookTags.find((t) => t.kind !== 'close' && t.name === 'sheets');
  if (!root || !sheetsTag) throw xlsxErrors.brokenWorkbook('its sheet list is missing');
  const rootPrefix = prefixOf(root.qname);
  const ns = { main: root.attrs[rootPrefix ? `xmlns:${rootPrefix.slice(0, -1)}` : 'xmlns'] ?? MAIN_NAMESPACE, relationships: relationshipNamespace };
  const relPrefix = Object.keys(root.attrs).find((k) => k.startsWith('xmlns:') && root.attrs[k] === relationshipNamespace)?.slice(6);
  const relIdAttribute = (id: string) => (relPrefix ? `${relPrefix}:id="${id}"` : `r:id="${id}" xmlns:r="${relationshipNamespace}"`);
  const sheetPrefix = prefixOf(sheetsTag.qname);

  const existing = new Map<string, SheetEntry>();
  for (const s of structure.sheets) if (!existing.has(s.name.toUpperCase())) existing.set(s.name.toUpperCase(), s);
  /** Table parts of sheets being replaced: rewritten in place, keeping their id. */
  const reusedTables = new Map<string, { part: string; id: number }>();
  for (const sheet of sheets) {
    const current = existing.get(sheet.name.toUpperCase());
    if (!current?.part) continue;
    const oldRels = archive.text(relsPartOf(current.part));
    const table = oldRels === undefined ? undefined : readRelationships(oldRels, current.part).find((r) => hasType(r, 'table') && !r.external);
    const tableRoot = table && parseXmlTags(archive.text(table.target) ?? '').find((t) => t.name === 'table' && t.kind !== 'close');
    if (table && tableRoot) reusedTables.set(current.part.toLowerCase(), { part: table.target, id: Number(tableRoot.attrs.id) || 0 });
  }
  /** The product's chart parts of sheets being replaced. */
  const reusedCharts = new Map<string, ProductChartParts>();
  for (const sheet of sheets) {
    const current = existing.get(sheet.name.toUpperCase());
    const found = current?.part ? productChartOf(archive, current.part) : null;
    if (current?.part && found) reusedCharts.set(current.part.toLowerCase(), found);
  }
  /** Parts of a product chart the new sheet no longer has: removed with their content types. */
  const droppedParts: string[] = [];
  const tables = tablesOf(archive, originalContentTypes, structure.workbookXml, new Set([...reusedTables.values()].map((t) => t.part.toLowerCase())));

  let nextSheetId = Math.max(0, ...structure.sheets.map((s) => s.sheetId).filter(Number.isFinite)) + 1;
  const newSheets: string[] = [];
  let replacedFormulas = false;
  const calcChain = structure.relationships.find((r) => hasType(r, 'calcChain') && !r.external);
  for (const sheet of sheets) {
    const current = existing.get(sheet.name.toUpperCase());
    const oldEntry = current?.part ? archive.get(current.part) : undefined;
    let oldBytes: Uint8Array | undefined;
    /** The replaced sheet's XML, inflated once for whoever needs it, and only if someone does. */
    const oldXml = (entry: ZipEntry) => (oldBytes ??= archive.bytes(entry));
    let part: string;
    if (current) {
      if (current.kind !== 'worksheet' || current.part === null) throw xlsxErrors.notAWorksheet(current.name);
      if (!oldEntry) throw xlsxErrors.brokenWorkbook(`the part of sheet "${current.name}" is missing`);
      // Formulas matter only to a calculation chain; without one the old sheet need not be inflated.
      replacedFormulas ||= calcChain !== undefined && FORMULA.test(utf8Text(oldXml(oldEntry)));
      part = current.part;
      // The old relationships (drawings, comments) belonged to the old content alone.
      if (archive.get(relsPartOf(part))) removed.add(relsPartOf(part).toLowerCase());
    } else {
      part = freePart(`${folder}worksheets/sheet`);
      const id = relateFromWorkbook(part, 'worksheet');
      declare(part, WORKSHEET_CONTENT_TYPE);
      newSheets.push(`<${sheetPrefix}sheet name="${escapeXmlAttribute(sheet.name)}" sheetId="${nextSheetId++}" ${relIdAttribute(id)}/>`);
    }

    let placement: TablePlacement | null = null;
    let tablePart = '';
    const sheetRels: string[] = [];
    if (sheet.table) {
      const reused = reusedTables.get(part.toLowerCase());
      tablePart = reused?.part ?? freePart(`${folder}tables/table`);
      placement = { relId: 'rId1', id: reused?.id || ++tables.maxId, name: uniqueTableName(sheet.table.name, tables) };
      declare(tablePart, TABLE_CONTENT_TYPE);
      sheetRels.push(`<Relationship Id="${placement.relId}" Type="${relationshipNamespace}/table" Target="${escapeXmlAttribute(relativeTarget(part, tablePart))}"/>`);
    }
    const chart = chartPlacement(sheet);
    const oldChart = reusedCharts.get(part.toLowerCase()) ?? null;
    let drawingRelId: string | null = null;
    if (chart) {
      const drawingPart = oldChart?.drawing ?? freePart(`${folder}drawings/drawing`);
      write(drawingPart, renderChartDrawing(chart, 'rId1', relationshipNamespace));
      const chartPart = oldChart?.chart ?? freePart(`${folder}charts/chart`);
      write(chartPart, renderChart(sheet, chart));
      write(relsPartOf(drawingPart), renderChartDrawingRels('rId1', relationshipNamespace, relativeTarget(drawingPart, chartPart)));
      // Excel's own chart styles and colours belonged to the old chart.
      if (archive.get(relsPartOf(chartPart))) removed.add(relsPartOf(chartPart).toLowerCase());
      declare(drawingPart, DRAWING_CONTENT_TYPE);
      declare(chartPart, CHART_CONTENT_TYPE);
      drawingRelId = `rId${sheetRels.length + 1}`;
      sheetRels.push(`<Relationship Id="${drawingRelId}" Type="${relationshipNamespace}/drawing" Target="${escapeXmlAttribute(relativeTarget(part, drawingPart))}"/>`);
    } else if (oldChart) {
      droppedParts.push(oldChart.drawing, relsPartOf(oldChart.drawing), oldChart.chart, relsPartOf(oldChart.chart));
    }
    if (sheetRels.length > 0) write(relsPartOf(part), PROLOG + `<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NAMESPACE}">` + sheetRels.join('') + '</Relationships>');
    // A sheet that only grows keeps its rows as they are (see keptRowsXml).
    const keptRows = (first: number, count: number) => {
      if (!oldEntry) return null;
      const xml = oldXml(oldEntry);
      const rows = keptRowsXml(xml, first, count);
      return rows && { xml: rows, declarations: rootDeclarations(xml) };
    };
    const rendered = renderOwnedSheet(sheet, styles, ns, placement, drawingRelId, structure.date1904, keptRows);
    writeSheet(part, rendered.sheetPart);
    if (rendered.tableXml !== null) write(tablePart, rendered.tableXml);
  }

  const stylesOut = styles.toXml();
  if (stylesOut !== stylesXml) write(stylesPart, stylesOut);

  let rels = originalRels ?? EMPTY_RELATIONSHIPS;
  let contentTypes = originalContentTypes;
  if (replacedFormulas && calcChain) {
    removed.add(calcChain.target.toLowerCase());
    rels = removeElements(rels, (t) => t.name === 'Relationship' && t.attrs.Id === calcChain.id);
    const partName = `/${calcChain.target}`.toLowerCase();
    contentTypes = removeElements(contentTypes, (t) => t.name === 'Override' && t.attrs.PartName?.toLowerCase() === partName);
  }
  for (const dropped of droppedParts) {
    if (!archive.get(dropped) || written.has(dropped.toLowerCase())) continue;
    removed.add(dropped.toLowerCase());
    const partName = `/${dropped}`.toLowerCase();
    contentTypes = removeElements(contentTypes, (t) => t.name === 'Override' && t.attrs.PartName?.toLowerCase() === partName);
  }
  rels = appendChildren(rels, 'Relationships', newRelationships.join('')) ?? rels;
  contentTypes = appendChildren(contentTypes, 'Types', newOverrides.join('')) ?? contentTypes;
  const workbookXml = appendChildren(structure.workbookXml, 'sheets', newSheets.join('')) ?? structure.workbookXml;
  if (rels !== originalRels) write(relsPart, rels);
  if (contentTypes !== originalContentTypes) write(CONTENT_TYPES, contentTypes);
  if (workbookXml !== structure.workbookXml) write(workbookPart, workbookXml);

  const content = async ({ data, deflated }: { data: Uint8Array; deflated?: Promise<Uint8Array> }) => ({ data, deflated: await deflated });
  const files: ZipFile[] = [];
  for (const entry of archive.entries) {
    const key = entry.name.toLowerCase();
    if (removed.has(key)) continue;
    const replacement = written.get(key);
    if (replacement) {
      written.delete(key);
      files.push({ name: entry.name, ...(await content(replacement)) });
    } else {
      files.push(entry);
    }
  }
  for (const part of written.values()) files.push({ name: part.part, ...(await content(part)) });
  return writeZip(files, codec);
}
