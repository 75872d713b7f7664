import { strToU8 } from 'fflate';
import type { OutSheet, ReadSheetOptions, SheetGrid, WorkbookReader } from '../../workbook/ports';
import { EMPTY_WORKBOOK_PARTS } from './packageTemplates';
import { readCellFormats } from './readCellFormats';
import { readSharedStrings } from './readSharedStrings';
import { readSheetPrefix } from './readSheetPrefix';
import { readWorkbookStructure, type WorkbookStructure } from './readWorkbookStructure';
import { SheetScanner, scanSheet } from './scanSheet';
import { Utf8Pieces } from './utf8Text';
import { writeOwnedSheets } from './writeOwnedSheets';
import { writeZip } from './writeZip';
import { xlsxErrors } from './xlsxError';
import { fflateCodec, ZipArchive, type ZipCodec } from './zipArchive';

export { XlsxError, type XlsxErrorCode } from './xlsxError';

/** An .xlsx/.xlsm package: read its worksheets, or write the product's sheets into a copy of it. */
export class XlsxWorkbook implements WorkbookReader {
  readonly date1904: boolean;
  private sharedStrings: readonly string[] | undefined;
  private cellFormats: readonly (string | undefined)[] | undefined;

  constructor(
    private readonly archive: ZipArchive,
    private readonly structure: WorkbookStructure,
    private readonly codec: ZipCodec,
  ) {
    this.date1904 = structure.date1904;
  }

  /** Worksheet names in workbook order, hidden ones included; chart and macro sheets are not worksheets. */
  sheetNames(): readonly string[] {
    return this.structure.sheets.filter((s) => s.kind === 'worksheet').map((s) => s.name);
  }

  /**
   * A whole sheet is scanned a piece at a time as it inflates (see ZipArchive.pieces), so with
   * Node's zlib the rows are read while the next ones inflate and the text is never held whole.
   * With `maxRows`, only as much of the sheet is inflated as those rows need; `merges` is then
   * left out (undefined) unless the whole sheet happened to be read, because Excel stores
   * merged areas after all the rows. Every column's formats are given (`formatColumns` is not
   * needed here: a cell's format comes with its style index at no cost).
   */
  async readSheet(name: string, options?: Pick<ReadSheetOptions, 'maxRows'>): Promise<SheetGrid> {
    const sheet = this.structure.sheets.find((s) => s.kind === 'worksheet' && s.name === name);
    if (!sheet) throw new RangeError(`[dunning-desk] the workbook has no worksheet named "${name}"`);
    const entry = sheet.part === null ? undefined : this.archive.get(sheet.part);
    if (!entry) throw xlsxErrors.brokenWorkbook(`the part of sheet "${name}" is missing`);
    const maxRows = options?.maxRows ?? Infinity;
    const input = { name, sharedStrings: this.loadSharedStrings(), cellFormats: this.loadCellFormats(), date1904: this.date1904, maxRows };
    if (Number.isFinite(maxRows)) {
      const { xml, complete } = readSheetPrefix(entry, maxRows);
      return scanSheet(xml, { ...input, complete });
    }
    const scanner = new SheetScanner({ ...input, complete: true });
    // Pieces cut after a row's end tag ("</row>", or "</x:row>" in a prefixed part) reach the
    // scanner whole: see Utf8Pieces. A "<row>" start tag ends the same way, which only costs
    // that piece a slice.
    const text = new Utf8Pieces('row>');
    let last: Uint8Array | null = null;
    // One piece behind, so the last piece is known as such when it is decoded.
    for await (const piece of this.archive.pieces(entry)) {
      if (last) for (const part of text.decode(last, false)) scanner.push(part);
      last = piece;
    }
    for (const part of text.decode(last ?? new Uint8Array(0), true)) scanner.push(part);
    return scanner.finish();
  }

  /** A new package with the given sheets written in; see writeOwnedSheets. This workbook is unchanged. */
  withOwnedSheets(sheets: readonly OutSheet[]): Promise<Uint8Array> {
    return writeOwnedSheets(this.archive, this.structure, sheets, this.codec);
  }

  private loadSharedStrings(): readonly string[] {
    const part = this.structure.sharedStringsPart;
    this.sharedStrings ??= part === null ? [] : readSharedStrings(this.archive.text(part) ?? '');
    return this.sharedStrings;
  }

  private loadCellFormats(): readonly (string | undefined)[] {
    const part = this.structure.stylesPart;
    this.cellFormats ??= part === null ? [] : readCellFormats(this.archive.text(part) ?? '');
    return this.cellFormats;
  }
}

/**
 * Opens an .xlsx or .xlsm file. Only the zip directory and the workbook part are read here;
 * sheets are read when asked for.
 * @throws XlsxError with code 'not-a-zip', 'encrypted', 'not-a-workbook' or 'unsupported'.
 */
export function openXlsx(bytes: Uint8Array, codec: ZipCodec = fflateCodec): XlsxWorkbook {
  const archive = ZipArchive.read(bytes, codec);
  return new XlsxWorkbook(archive, readWorkbookStructure(archive), codec);
}

/**
 * A fresh workbook holding only the given sheets (the output for a CSV input). It is built as
 * an empty package that then gains the sheets exactly as an existing workbook would.
 */
export async function newXlsxWorkbook(sheets: readonly OutSheet[], codec: ZipCodec = fflateCodec): Promise<Uint8Array> {
  if (sheets.length === 0) throw new RangeError('[dunning-desk] a workbook needs at least one sheet');
  const empty = writeZip(
    Object.entries(EMPTY_WORKBOOK_PARTS).map(([name, text]) => ({ name, data: strToU8(text) })),
    codec,
  );
  return openXlsx(empty, codec).withOwnedSheets(sheets);
}
