// Structural validity of a GeoJSON geometry as it enters the app (RFC 7946 §3.1): what the
// drawing and the analysis rely on. Topology (self-intersection, ring orientation) is not checked
// here: a crossing ring still has a location, and the pipeline's validators judge our own layers.

import type { Geometry, Position } from 'geojson';
import type { ProblemKey } from './problem';

/** Why a geometry cannot be used: a message in English (technical detail) and its locale key. */
export interface GeometryFault {
  message: string;
  messageKey: ProblemKey;
}

const fault = (messageKey: ProblemKey, message: string): GeometryFault => ({ message, messageKey });

function show(p: unknown): string {
  return Array.isArray(p) ? `[${p.map((v) => String(v)).join(', ')}]` : String(p);
}

/** Checks every position: 2–4 finite numbers, one dimension throughout. */
class Positions {
  private dimension: number | null = null;

  check(p: unknown, where: string): GeometryFault | null {
    if (Array.isArray(p) && p.length === 0) return fault('problem.geometry.empty', `${where} is empty.`);
    if (!Array.isArray(p) || p.length < 2 || p.length > 4) {
      return fault('problem.geometry.invalid', `${where} is ${show(p)}, not 2 to 4 numbers.`);
    }
    if (!p.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      return fault('problem.geometry.nonFinite', `${where} is ${show(p)}: not finite numbers.`);
    }
    if (this.dimension !== null && p.length !== this.dimension) {
      return fault(
        'problem.geometry.invalid',
        `${where} has ${p.length} numbers where the others have ${this.dimension}.`,
      );
    }
    this.dimension = p.length;
    return null;
  }

  all(list: unknown, where: string, min: number, what: string): GeometryFault | null {
    if (!Array.isArray(list))
      return fault('problem.geometry.invalid', `${where} is not a list of positions.`);
    if (list.length === 0) return fault('problem.geometry.empty', `${where} is empty.`);
    if (list.length < min) {
      return fault(
        'problem.geometry.degenerate',
        `${where} has ${list.length} position${list.length === 1 ? '' : 's'}; ${what} needs at least ${min}.`,
      );
    }
    for (let i = 0; i < list.length; i++) {
      const f = this.check(list[i], `position ${i + 1} of ${where}`);
      if (f) return f;
    }
    return null;
  }
}

const samePosition = (a: Position, b: Position) => a.length === b.length && a.every((v, i) => v === b[i]);

function checkPolygon(rings: unknown, where: string, positions: Positions): GeometryFault | null {
  if (!Array.isArray(rings)) return fault('problem.geometry.invalid', `${where} is not a list of rings.`);
  if (rings.length === 0) return fault('problem.geometry.empty', `${where} has no rings.`);
  for (let r = 0; r < rings.length; r++) {
    const ring = rings[r] as Position[];
    const name = `ring ${r + 1} of ${where}`;
    const f = positions.all(ring, name, 4, 'a closed ring');
    if (f) return f;
    if (!samePosition(ring[0]!, ring[ring.length - 1]!)) {
      return fault(
        'problem.geometry.degenerate',
        `${name} is not closed (its last position is not its first).`,
      );
    }
  }
  return null;
}

function checkParts(
  parts: unknown,
  where: string,
  each: (part: unknown, name: string) => GeometryFault | null,
): GeometryFault | null {
  if (!Array.isArray(parts)) return fault('problem.geometry.invalid', `${where} is not a list of parts.`);
  if (parts.length === 0) return fault('problem.geometry.empty', `${where} is empty.`);
  for (let i = 0; i < parts.length; i++) {
    const f = each(parts[i], `part ${i + 1} of ${where}`);
    if (f) return f;
  }
  return null;
}

/**
 * The first reason `g` cannot be drawn or measured, or null when it can. Positions are 2–4 finite
 * numbers of one dimension per geometry; a LineString has ≥ 2 positions, a polygon ring ≥ 4 with
 * the last equal to the first; Multi* and GeometryCollection need ≥ 1 part, each valid.
 */
export function geometryFault(g: unknown, where = 'the geometry'): GeometryFault | null {
  if (g === null || typeof g !== 'object')
    return fault(
      'problem.geometry.missing',
      'it has no geometry (an attribute-only file, or a null geometry); the viewer cannot draw it.',
    );
  const { type } = g as { type?: unknown };
  const coordinates = (g as { coordinates?: unknown }).coordinates;
  const positions = new Positions();
  const name = `the ${String(type)}${where === 'the geometry' ? '' : ` (${where})`}`;
  switch (type as Geometry['type']) {
    case 'Point':
      return positions.check(coordinates, `the position of ${name}`);
    case 'MultiPoint':
      return positions.all(coordinates, name, 1, 'a MultiPoint');
    case 'LineString':
      return positions.all(coordinates, name, 2, 'a line');
    case 'MultiLineString':
      return checkParts(coordinates, name, (line, n) => positions.all(line, n, 2, 'a line'));
    case 'Polygon':
      return checkPolygon(coordinates, name, positions);
    case 'MultiPolygon':
      return checkParts(coordinates, name, (poly, n) => checkPolygon(poly, n, positions));
    case 'GeometryCollection':
      return checkParts((g as { geometries?: unknown }).geometries, name, (part, n) =>
        geometryFault(part, n),
      );
    default:
      return fault('problem.geometry.invalid', `the geometry type ${show(type)} is not a GeoJSON type.`);
  }
}
