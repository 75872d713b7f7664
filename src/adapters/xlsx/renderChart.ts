import { formatIsoDate } from '../../domain/localDate';
import { formatMinorUnits, minorDigits } from '../../domain/money';
import type { OutSheet, OutValue } from '../../workbook/ports';
import type { ChartPlacement } from '../../workbook/sheetLayout';
import { PACKAGE_RELATIONSHIPS_NAMESPACE } from './packageTemplates';
import { columnName } from './renderOwnedSheet';
import { escapeXmlAttribute } from './xmlText';

/*
 * The DrawingML parts of a product sheet's chart: the drawing (one frame anchored to cells), its
 * relationship to the chart, and the chart itself, a clustered column chart whose series point
 * at the sheet's cells and carry their values as a cache (what a reader shows before Excel
 * recalculates).
 */

const PROLOG = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const DRAWING_NAMESPACE = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const DRAWINGML_NAMESPACE = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const CHART_NAMESPACE = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
/** The frame's name: how a later refresh recognises the drawing as the product's own. */
export const PRODUCT_CHART_NAME = 'Dunning Desk chart';
const CATEGORY_AXIS = 50010001;
const VALUE_AXIS = 50010002;

/** Text for XML content, without the characters XML 1.0 cannot hold. */
function xmlText(text: string): string {
  return escapeXmlAttribute(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}

/** "'Aging summary'!$B$5:$E$5": the sheet name always quoted. */
function reference(sheetName: string, fromColumn: number, fromRow: number, toColumn: number, toRow: number): string {
  const sheet = `'${sheetName.replace(/'/g, "''")}'`;
  const start = `$${columnName(fromColumn)}$${fromRow}`;
  const end = `$${columnName(toColumn)}$${toRow}`;
  return `${sheet}!${start === end ? start : `${start}:${end}`}`;
}

function cachedText(value: OutValue | string | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  switch (value.t) {
    case 'text':
      return value.v;
    case 'int':
    case 'number':
      return String(value.v);
    case 'date':
      return formatIsoDate(value.v);
    case 'money':
      return formatMinorUnits(value.minor, minorDigits(value.currency));
  }
}

function cachedNumber(value: OutValue | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (value.t === 'money') return Number.isSafeInteger(value.minor) ? formatMinorUnits(value.minor, minorDigits(value.currency)) : null;
  if (value.t === 'int' || value.t === 'number') return Number.isFinite(value.v) ? String(value.v) : null;
  return null;
}

function strRef(formula: string, values: readonly string[]): string {
  const points = values.map((v, i) => `<c:pt idx="${i}"><c:v>${xmlText(v)}</c:v></c:pt>`).join('');
  return `<c:strRef><c:f>${xmlText(formula)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef>`;
}

function numRef(formula: string, values: readonly (string | null)[]): string {
  const points = values.map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join('');
  return `<c:numRef><c:f>${xmlText(formula)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`;
}

/** The chart part (c:chartSpace) for a sheet whose chart is placed at `placement`. */
export function renderChart(sheet: OutSheet, placement: ChartPlacement): string {
  const section = sheet.sections[sheet.chart?.section ?? 0];
  const p = placement;
  const valueColumns = Array.from({ length: p.lastValueColumn - p.firstValueColumn + 1 }, (_, i) => p.firstValueColumn + i);
  const categories = strRef(
    reference(sheet.name, p.firstValueColumn, p.headerRow, p.lastValueColumn, p.headerRow),
    valueColumns.map((c) => section.header[c] ?? ''),
  );
  const series = section.rows.map((row, i) => {
    const sheetRow = p.firstDataRow + i;
    return (
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
      `<c:tx>${strRef(reference(sheet.name, p.nameColumn, sheetRow, p.nameColumn, sheetRow), [cachedText(row[p.nameColumn])])}</c:tx>` +
      '<c:invertIfNegative val="0"/>' +
      `<c:cat>${categories}</c:cat>` +
      `<c:val>${numRef(reference(sheet.name, p.firstValueColumn, sheetRow, p.lastValueColumn, sheetRow), valueColumns.map((c) => cachedNumber(row[c])))}</c:val>` +
      '</c:ser>'
    );
  });
  return (
    PROLOG +
    `<c:chartSpace xmlns:c="${CHART_NAMESPACE}" xmlns:a="${DRAWINGML_NAMESPACE}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    '<c:roundedCorners val="0"/><c:chart>' +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${xmlText(p.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    series.join('') +
    `<c:gapWidth val="150"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>' +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/>` +
    '<c:crossBetween val="between"/></c:valAx></c:plotArea>' +
    '<c:legend><c:legendPos val="r"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    '</c:chart></c:chartSpace>'
  );
}

/** The drawing part: one frame, anchored to cells, showing the chart related as `chartRelId`. */
export function renderChartDrawing(placement: ChartPlacement, chartRelId: string, relationshipNamespace: string): string {
  const p = placement;
  const marker = (tag: string, column: number, row: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    PROLOG +
    `<xdr:wsDr xmlns:xdr="${DRAWING_NAMESPACE}" xmlns:a="${DRAWINGML_NAMESPACE}">` +
    '<xdr:twoCellAnchor>' +
    marker('from', p.fromColumn, p.fromRow) +
    marker('to', p.toColumn, p.toRow) +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${PRODUCT_CHART_NAME}" descr="${xmlText(p.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${CHART_NAMESPACE}"><c:chart xmlns:c="${CHART_NAMESPACE}" xmlns:r="${relationshipNamespace}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

/** The drawing's relationships: just the chart. */
export function renderChartDrawingRels(chartRelId: string, relationshipNamespace: string, chartTarget: string): string {
  return (
    PROLOG +
    `<Relationships xmlns="${PACKAGE_RELATIONSHIPS_NAMESPACE}">` +
    `<Relationship Id="${chartRelId}" Type="${relationshipNamespace}/chart" Target="${escapeXmlAttribute(chartTarget)}"/>` +
    '</Relationships>'
  );
}
