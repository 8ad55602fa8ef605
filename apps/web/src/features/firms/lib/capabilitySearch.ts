/** Searching taxonomy terms in Korean and English (labels, codes and the domain's labels). */
export interface SearchableTerm {
  code: string;
  en: string;
  ko: string;
}

/** Lower-case, NFC, no whitespace: "스마트 신호" matches "스마트신호제어", "Traffic  Signal" matches "traffic signal". */
export function normalizeSearch(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, '');
}

export function termMatches(term: SearchableTerm, query: string): boolean {
  const q = normalizeSearch(query);
  if (!q) return true;
  return [term.en, term.ko, term.code].some((text) => normalizeSearch(text).includes(q));
}

/**
 * Domains with the capabilities matching `query`: a domain whose own name matches keeps all
 * its capabilities; otherwise only the matching ones; domains left empty are dropped.
 */
export function filterDomains<C extends SearchableTerm, D extends SearchableTerm & { capabilities: C[] }>(
  domains: readonly D[],
  query: string,
): D[] {
  if (!normalizeSearch(query)) return [...domains];
  return domains
    .map((domain) =>
      termMatches(domain, query)
        ? domain
        : { ...domain, capabilities: domain.capabilities.filter((c) => termMatches(c, query)) },
    )
    .filter((domain) => domain.capabilities.length > 0);
}
