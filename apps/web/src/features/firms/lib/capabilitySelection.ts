import type { FirmCapability, ReplaceCapabilitiesRequest } from '../api/types';
import type { CapabilityLevel } from './enums';

export interface SelectedCapability {
  level: CapabilityLevel;
  note: string | null;
}
export type CapabilitySelection = ReadonlyMap<string, SelectedCapability>;

const asLevel = (level: number): CapabilityLevel => (level >= 3 ? 3 : level <= 1 ? 1 : 2);

export function selectionFrom(capabilities: readonly FirmCapability[]): CapabilitySelection {
  return new Map(capabilities.map((c) => [c.code, { level: asLevel(c.level), note: c.note ?? null }]));
}

/** The whole set for `PUT /firms/:id/capabilities` (notes are kept when there is one). */
export function toCapabilitiesBody(selection: CapabilitySelection): ReplaceCapabilitiesRequest {
  return {
    capabilities: [...selection].map(([code, { level, note }]) => ({
      code,
      level,
      ...(note ? { note } : {}),
    })),
  };
}

export function sameSelection(a: CapabilitySelection, b: CapabilitySelection): boolean {
  if (a.size !== b.size) return false;
  for (const [code, value] of a) if (b.get(code)?.level !== value.level) return false;
  return true;
}
