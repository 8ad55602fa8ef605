import { Box, Group, Text } from '@mantine/core';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { countryName, type CountrySummary } from '../../../lib/countries';
import { currentLanguage } from '../../../lib/i18n';
import { ISO_NUMERIC } from '../map/isoNumeric';

const WIDTH = 960;
const HEIGHT = 470;
const SHADES = ['#dbe4ff', '#91a7ff', '#5c7cfa', '#3b5bdb', '#364fc7'];
const OPEN_STROKE = '#d9480f';

type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

/** Bundled 1:110m countries (world-atlas), projected once. */
function useCountryShapes() {
  return useMemo(() => {
    const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries);
    const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], collection);
    const path = geoPath(projection);
    return collection.features.map((f: CountryFeature) => ({ id: String(f.id), d: path(f) ?? '' }));
  }, []);
}

/** Shade by project count (quantiles of the counts); a thick outline marks countries with open projects. */
export function WorldMap({ countries }: { countries: CountrySummary[] }) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const navigate = useNavigate();
  const shapes = useCountryShapes();
  const byNumeric = useMemo(
    () => new Map(countries.filter((c) => ISO_NUMERIC[c.code]).map((c) => [ISO_NUMERIC[c.code], c])),
    [countries],
  );
  const max = Math.max(1, ...countries.map((c) => c.projectCount));
  const shade = (count: number) =>
    SHADES[Math.min(SHADES.length - 1, Math.floor((Math.sqrt(count) / Math.sqrt(max)) * SHADES.length))];
  const open = (code: string) => void navigate(`/projects?country=${code}`);

  return (
    <Box>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="group"
        aria-label={t('projects.countries.mapLabel')}
        data-testid="world-map"
        style={{ display: 'block' }}
      >
        {shapes.map((s) => {
          const c = byNumeric.get(s.id);
          if (!c)
            return <path key={s.id} d={s.d} fill="#f1f3f5" stroke="#ced4da" strokeWidth={0.5} aria-hidden />;
          const label = t('projects.countries.mapCountry', {
            country: countryName(c.code, language),
            count: c.projectCount,
            open: c.openCount,
          });
          return (
            <path
              key={s.id}
              d={s.d}
              fill={shade(c.projectCount)}
              stroke={c.openCount > 0 ? OPEN_STROKE : '#495057'}
              strokeWidth={c.openCount > 0 ? 2 : 0.6}
              role="link"
              tabIndex={0}
              aria-label={label}
              data-country={c.code}
              data-open={c.openCount > 0}
              style={{ cursor: 'pointer', outlineOffset: 2 }}
              onClick={() => open(c.code)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  open(c.code);
                }
              }}
            >
              <title>{label}</title>
            </path>
          );
        })}
      </svg>
      <Group gap="md" mt="xs" wrap="wrap">
        <Group gap={6}>
          {SHADES.map((c) => (
            <span
              key={c}
              style={{ width: 16, height: 12, background: c, display: 'inline-block' }}
              aria-hidden
            />
          ))}
          <Text size="xs">{t('projects.countries.mapLegendCount')}</Text>
        </Group>
        <Group gap={6}>
          <span
            style={{ width: 16, height: 12, border: `2px solid ${OPEN_STROKE}`, display: 'inline-block' }}
            aria-hidden
          />
          <Text size="xs">{t('projects.countries.mapLegendOpen')}</Text>
        </Group>
        <Text size="xs" c="dimmed">
          {t('projects.countries.mapHint')}
        </Text>
      </Group>
    </Box>
  );
}

export default WorldMap;
