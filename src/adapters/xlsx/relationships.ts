import { parseXmlTags } from './xmlTags';
import { resolveTarget } from './partNames';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target resolved to a part name; external targets (hyperlinks) stay as written. */
  readonly target: string;
  readonly external: boolean;
}

/** The relationships of `sourcePart` from the text of its .rels part. */
export function readRelationships(relsXml: string, sourcePart: string): Relationship[] {
  const relationships: Relationship[] = [];
  for (const tag of parseXmlTags(relsXml)) {
    if (tag.name !== 'Relationship' || tag.kind === 'close') continue;
    const external = tag.attrs.TargetMode === 'External';
    const target = tag.attrs.Target ?? '';
    relationships.push({
      id: tag.attrs.Id ?? '',
      type: tag.attrs.Type ?? '',
      target: external ? target : resolveTarget(sourcePart, target),
      external,
    });
  }
  return relationships;
}

/** Relationship types are URIs that differ between transitional and strict OOXML; the last segment does not. */
export function hasType(relationship: Relationship, kind: string): boolean {
  return relationship.type.endsWith(`/${kind}`);
}
