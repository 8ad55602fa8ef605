import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CAPABILITY_KEYWORDS, capabilitiesInText, normaliseText } from './capability-keywords';

describe('capabilities named in text', () => {
  it('maps the source reports’ wording to taxonomy codes, in order of mention', () => {
    expect(
      capabilitiesInText('Smart new town master plan and detailed design (Korea Consortium lead)'),
    ).toEqual(['planning.new_town_development', 'planning.master_plan']);
    expect(capabilitiesInText('Face-recognition surveillance')).toEqual(['safety.cctv_analytics']);
    expect(capabilitiesInText('Air-conditioning supply')).toEqual(['energy.building_management']);
    expect(capabilitiesInText('')).toEqual([]);
    expect(capabilitiesInText(null)).toEqual([]);
  });

  it('lets a longer phrase win over a shorter one of another capability inside it', () => {
    // "fare payment" is transit fares, not fintech payments; "traffic signal" is not also ITS.
    expect(capabilitiesInText('Contactless RFID fare payment pilot')).toEqual(['transport.fare_payment']);
    expect(capabilitiesInText('Adaptive traffic signal control')).toEqual(['transport.traffic_signal']);
    expect(capabilitiesInText('ICT infrastructure design')).toEqual(['data.telecom']);
  });

  it('matches acronyms only in capitals, so the word "its" is not ITS', () => {
    expect(capabilitiesInText('The city and its people')).toEqual([]);
    expect(capabilitiesInText('ITS introduction consulting')).toEqual(['transport.its']);
    expect(capabilitiesInText('Thammasat AI City')).toEqual(['data.ai_analytics']);
    expect(capabilitiesInText('said it would')).toEqual([]);
  });

  it('normalises accents, case and punctuation', () => {
    expect(normaliseText('Bogotá  Smart-City!')).toBe(' bogota smart city ');
  });

  it('covers only codes of the taxonomy', () => {
    const taxonomy = JSON.parse(
      readFileSync(resolve(__dirname, '../../taxonomy/data/taxonomy.json'), 'utf8'),
    );
    const codes = new Set(
      taxonomy.domains.flatMap((d: { capabilities: { code: string }[] }) =>
        d.capabilities.map((c) => c.code),
      ),
    );
    for (const code of Object.keys(CAPABILITY_KEYWORDS)) expect(codes.has(code), code).toBe(true);
    expect(Object.keys(CAPABILITY_KEYWORDS).length).toBe(codes.size);
  });
});
