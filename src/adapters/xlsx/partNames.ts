/** Part names inside an OPC package (zip entry names, no leading slash). */

/** The folder of a part, with its trailing slash: "xl/" for "xl/workbook.xml". */
export function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/** The relationships part that belongs to a part: "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;
}

/**
 * The part a relationship target points at, resolved against the source part's folder.
 * Targets are URIs: absolute ("/xl/x.xml"), relative ("../media/a.png"), percent-encoded.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray "%" is just a character in a sloppy writer's target.
  }
  const path = decoded.startsWith('/') ? decoded.slice(1) : folderOf(sourcePart) + decoded;
  const parts: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/');
}

/** The relative target a relationship from `sourcePart` to `part` is written with. */
export function relativeTarget(sourcePart: string, part: string): string {
  const from = folderOf(sourcePart).split('/').filter((s) => s !== '');
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
