/**
 * Words that name a taxonomy capability in free text (project titles, descriptions, track records).
 * Each list is the capability's English label plus the terms the source reports use for it; a phrase
 * matches on word boundaries after `normaliseText` (lower case, no accents, punctuation as spaces).
 * Used to tag track records with the capabilities they evidence and, in the evaluation, to turn a
 * project's text into requirements the way staff would. Judgement, documented in README.md.
 */
export const CAPABILITY_KEYWORDS: Record<string, readonly string[]> = {
  'planning.master_plan': [
    'master plan',
    'masterplan',
    'roadmap',
    'blueprint',
    'smart city plan',
    'basic plan',
  ],
  'planning.feasibility_study': ['feasibility', 'f s', 'pre f s', 'field survey', 'survey', 'study'],
  'planning.urban_design': [
    'urban design',
    'land use',
    'town design',
    'implementation design',
    'architecture',
  ],
  'planning.urban_regeneration': ['regeneration', 'revitalisation', 'revitalization', 'redevelopment'],
  'planning.new_town_development': [
    'new town',
    'new city',
    'new capital',
    'smart new',
    'township',
    'economic zone',
    'SEZ',
    'industrial park',
    'innovation city',
    'innovation district',
    'urban development',
    'city development',
    'smart city development',
    'commercial district',
    'ha smart city',
  ],
  'planning.housing': ['housing', 'residential', 'apartment', 'apartments', 'urban living'],
  'planning.infrastructure_engineering': [
    'infrastructure',
    'road',
    'roads',
    'utilities',
    'airport',
    'civil works',
    'highway',
    'bridge',
  ],
  'transport.its': ['ITS', 'intelligent transport', 'traffic information', 'traffic management', 'traffic'],
  'transport.traffic_signal': ['traffic signal', 'signal control', 'signals'],
  'transport.public_transit': ['public transit', 'public transport', 'bus', 'buses', 'BRT', 'transit'],
  'transport.fare_payment': ['fare', 'fare payment', 'transit card', 'ticketing'],
  'transport.smart_parking': ['parking'],
  'transport.ev_charging': ['EV', 'electric vehicle', 'ev charging', 'charging', 'e mobility'],
  'transport.autonomous_mobility': ['autonomous', 'self driving', 'air mobility', 'shuttle', 'robots', 'AAM'],
  'transport.rail_systems': ['rail', 'railway', 'metro line', 'urban rail'],
  'transport.logistics': ['logistics', 'port', 'port community'],
  'energy.smart_grid': ['smart grid', 'microgrid', 'grid', 'energy demonstration', 'power transmission'],
  'energy.smart_metering': ['smart meter', 'smart meters', 'metering', 'AMI'],
  'energy.solar': ['solar', 'PV', 'photovoltaic', 'renewable'],
  'energy.storage': ['energy storage', 'ESS', 'battery', 'batteries'],
  'energy.building_management': [
    'building energy',
    'bems',
    'air conditioning',
    'hvac',
    'appliances',
    'smart home',
  ],
  'energy.smart_streetlight': [
    'streetlight',
    'streetlights',
    'street lighting',
    'led lights',
    'led lighting',
  ],
  'energy.hydrogen': ['hydrogen'],
  'energy.district_heating': ['district heating', 'district cooling', 'cogeneration'],
  'environment.water_supply': ['water supply', 'water', 'leak detection', 'non revenue water'],
  'environment.wastewater': ['wastewater', 'sewage', 'sewerage', 'sewer', 'drainage'],
  'environment.flood_warning': ['flood'],
  'environment.air_quality': ['air quality', 'air pollution'],
  'environment.waste_management': ['waste', 'recycling', 'landfill'],
  'environment.carbon_management': ['carbon', 'emissions', 'eco friendly', 'low carbon'],
  'safety.cctv_analytics': [
    'cctv',
    'surveillance',
    'video analytics',
    'face recognition',
    'camera',
    'cameras',
  ],
  'safety.operations_center': [
    'operations center',
    'operations centre',
    'control centre',
    'control center',
    'command',
    'command centre',
  ],
  'safety.disaster_warning': ['disaster', 'early warning', 'earthquake'],
  'safety.emergency_response': ['emergency', '911', 'dispatch'],
  'safety.drone_monitoring': ['drone', 'drones'],
  'safety.fire_safety': ['fire'],
  'safety.cybersecurity': ['cybersecurity', 'cyber security', 'cyber'],
  'governance.e_government': [
    'e government',
    'digital government',
    'city portal',
    'portal',
    'budget management',
    'digital transformation',
    'public administration',
  ],
  'governance.digital_id': ['digital id', 'digital identity', 'identity'],
  'governance.land_registry': ['land registry', 'land register', 'cadastre', 'cadastral'],
  'governance.citizen_services': ['citizen', 'citizens', 'citizen services', 'super app'],
  'governance.smart_city_platform': ['smart city platform', 'integrated platform', 'city platform', 'ICT'],
  'healthcare.telemedicine': ['telemedicine', 'telehealth'],
  'healthcare.hospital_systems': ['hospital', 'hospitals'],
  'healthcare.elderly_care': ['elderly', 'welfare'],
  'education.smart_school': ['school', 'schools', 'e learning', 'university', 'institute of science'],
  'education.capacity_building': ['training', 'capacity building', 'institute', 'forum'],
  'data.digital_twin': ['digital twin', '3d'],
  'data.gis': ['gis', 'spatial data', 'mapping', 'satellite'],
  'data.data_platform': ['data platform', 'open data', 'analytics', 'city data', 'big data'],
  'data.ai_analytics': ['AI', 'artificial intelligence', 'machine learning'],
  'data.iot_network': ['iot', 'sensor', 'sensors', 'internet of things'],
  'data.telecom': [
    'telecom',
    'ict infrastructure',
    'telecommunications',
    '4g',
    '5g',
    'lte',
    'broadband',
    'connectivity',
    'fibre',
  ],
  'data.cloud_datacenter': ['data centre', 'data center', 'datacenter', 'cloud'],
  'data.blockchain': ['blockchain'],
  'tourism_culture.smart_tourism': ['tourism', 'tourist'],
  'tourism_culture.heritage': ['heritage', 'historic'],
  'finance.project_finance': ['project finance', 'loan', 'financing', 'PPP'],
  'finance.equity_investment': ['equity', 'investment agreement', 'fund'],
  'finance.guarantee_insurance': ['guarantee', 'insurance'],
  'finance.fintech_payments': ['payments', 'payment', 'fintech', 'e payment'],
};

/** Lower case, accents removed, anything but letters and digits as single spaces, padded with spaces. */
export function normaliseText(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\uac00-\ud7a3]+/g, ' ')
    .trim();
  return plain ? ` ${plain} ` : ' ';
}

/** A keyword written in capitals (ITS, AI, EV …) only matches in capitals, so "its" never means ITS. */
const isAcronym = (word: string) => /^[A-Z0-9]+$/.test(word) && /[A-Z]/.test(word);

const PHRASES = Object.entries(CAPABILITY_KEYWORDS).flatMap(([code, words]) =>
  words.map((w) => ({
    code,
    phrase: isAcronym(w) ? ` ${w} ` : ` ${normaliseText(w).trim()} `,
    exact: isAcronym(w),
  })),
);

/** Like normaliseText but keeping the case, for acronyms. */
function spacedKeepingCase(text: string): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9\uac00-\ud7a3]+/g, ' ')
    .trim();
  return plain ? ` ${plain} ` : ' ';
}

/**
 * Capability codes named in a text, in order of first mention. Phrases match on word boundaries; a
 * phrase inside a longer one of another capability does not count ("fare payment" is fare payment,
 * not fintech payments; "traffic signal" is not also ITS).
 */
export function capabilitiesInText(text: string | null | undefined): string[] {
  if (!text) return [];
  const cased = spacedKeepingCase(text);
  const lower = cased.toLowerCase(); // same positions as `cased`
  const hits: { code: string; start: number; end: number }[] = [];
  for (const { code, phrase, exact } of PHRASES) {
    const t = exact ? cased : lower;
    for (let i = t.indexOf(phrase); i >= 0; i = t.indexOf(phrase, i + 1))
      hits.push({ code, start: i, end: i + phrase.length });
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof hits = [];
  for (const h of hits) {
    const nested = kept.some((k) => k.code !== h.code && k.start <= h.start && h.end <= k.end);
    if (!nested) kept.push(h);
  }
  const first = new Map<string, number>();
  for (const k of kept) first.set(k.code, Math.min(first.get(k.code) ?? Infinity, k.start));
  return [...first.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([code]) => code);
}
