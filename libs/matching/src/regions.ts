/** Coarse regions for "experience in the region". */
const REGIONS: Record<string, string[]> = {
  southeast_asia: ['VN', 'ID', 'PH', 'TH', 'KH', 'LA', 'MM', 'MY', 'SG', 'BN', 'TL'],
  east_asia: ['KR', 'JP', 'CN', 'MN', 'TW', 'HK'],
  south_asia: ['IN', 'BD', 'PK', 'LK', 'NP', 'BT', 'MV'],
  central_asia: ['UZ', 'KZ', 'KG', 'TJ', 'TM', 'AZ', 'GE', 'AM'],
  middle_east: ['SA', 'AE', 'QA', 'KW', 'OM', 'BH', 'JO', 'IQ', 'IL', 'TR', 'EG'],
  africa: ['KE', 'TZ', 'UG', 'RW', 'ET', 'GH', 'NG', 'ZA', 'SN', 'CI', 'MA', 'DZ', 'TN', 'MZ', 'ZM', 'CM'],
  europe: ['ES', 'IT', 'PT', 'FR', 'DE', 'GB', 'GR', 'PL', 'CZ', 'NL', 'BE', 'AT', 'SE', 'FI', 'DK', 'NO', 'IE', 'RO', 'HU', 'EE', 'LV', 'LT', 'UA', 'RS', 'HR', 'SK', 'SI', 'BG'],
  americas: ['US', 'CA', 'MX', 'CO', 'PE', 'CL', 'BR', 'AR', 'EC', 'BO', 'PY', 'UY', 'PA', 'CR', 'GT', 'HN', 'SV', 'DO', 'JM'],
  oceania: ['AU', 'NZ', 'FJ', 'PG'],
};

const REGION_OF = new Map(Object.entries(REGIONS).flatMap(([region, codes]) => codes.map((c) => [c, region] as const)));

export const regionOf = (country: string): string | undefined => REGION_OF.get(country);
