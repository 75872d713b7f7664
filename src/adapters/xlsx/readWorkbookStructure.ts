import { relsPartOf } from './partNames';
import { hasType, readRelationships, type Relationship } from './relationships';
import { xlsxErrors } from './xlsxError';
import type { ZipArchive } from './zipArchive';
import { attrByLocalName, parseXmlTags } from './xmlTags';

export type SheetKind = 'worksheet' | 'chartsheet' | 'dialogsheet' | 'macrosheet' | 'unknown';

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** The sheet's part, or null when its relationship is missing. */
  readonly part: string | null;
  readonly kind: SheetKind;
}

/** Where a workbook's parts are and what its <sheets> list says. */
export interface WorkbookStructure {
  readonly workbookPart: string;
  readonly workbookXml: string;
  readonly relationships: readonly Relationship[];
  readonly date1904: boolean;
  readonly sheets: readonly SheetEntry[];
  readonly sharedStringsPart: string | null;
  readonly stylesPart: string | null;
  /**
   * The namespace relationship types are built on (transitional or strict OOXML); it is also
   * the namespace of r:id attributes.
   */
  readonly relationshipNamespace: string;
}

function sheetKind(relationship: Relationship | undefined): SheetKind {
  if (!relationship) return 'unknown';
  if (hasType(relationship, 'worksheet')) return 'worksheet';
  if (hasType(relationship, 'chartsheet')) return 'chartsheet';
  if (hasType(relationship, 'dialogsheet')) return 'dialogsheet';
  if (hasType(relationship, 'xlMacrosheet') || hasType(relationship, 'xlIntlMacrosheet')) return 'macrosheet';
  return 'unknown';
}

export function readWorkbookStructure(archive: ZipArchive): WorkbookStructure {
  const packageRels = archive.text('_rels/.rels');
  if (packageRels === undefined) throw xlsxErrors.notAWorkbook('it has no package relationships');
  const main = readRelationships(packageRels, '').find((r) => hasType(r, 'officeDocument'));
  if (!main) throw xlsxErrors.notAWorkbook('it has no main document');
  if (main.target.toLowerCase().endsWith('.bin')) throw xlsxErrors.binaryWorkbook();
  const workbookXml = archive.text(main.target);
  if (workbookXml === undefined) throw xlsxErrors.brokenWorkbook(`its main part ${main.target} is missing`);

  const tags = parseXmlTags(workbookXml);
  const root = tags.find((t) => t.kind !== 'close');
  if (!root || root.name !== 'workbook') {
    throw xlsxErrors.notAWorkbook(`its main part is a ${root?.name ?? 'empty document'}, not a workbook`);
  }

  const relationships = readRelationships(archive.text(relsPartOf(main.target)) ?? '', main.target);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  let date1904 = false;
  const sheets: SheetEntry[] = [];
  for (const tag of tags) {
    if (tag.kind === 'close') continue;
    if (tag.name === 'workbookPr') {
      const value = tag.attrs.date1904;
      date1904 = value === '1' || value === 'true';
    } else if (tag.name === 'sheet') {
      const relId = attrByLocalName(tag, 'id') ?? '';
      const relationship = byId.get(relId);
      sheets.push({
        name: tag.attrs.name ?? '',
        sheetId: Number(tag.attrs.sheetId),
        relId,
        part: relationship && !relationship.external ? relationship.target : null,
        kind: sheetKind(relationship),
      });
    }
  }
  const partOf = (kind: string) => relationships.find((r) => hasType(r, kind) && !r.external)?.target ?? null;
  return {
    workbookPart: main.target,
    workbookXml,
    relationships,
    date1904,
    sheets,
    sharedStringsPart: partOf('sharedStrings'),
    stylesPart: partOf('styles'),
    relationshipNamespace: main.type.slice(0, main.type.lastIndexOf('/')),
  };
}
