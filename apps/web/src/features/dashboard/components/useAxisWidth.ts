import { useMediaQuery } from '@mantine/hooks';

/** Width of a chart's category axis: narrower on phones so the bars keep most of the space. */
export function useAxisWidth(wide: number): number {
  const phone = useMediaQuery('(max-width: 36em)');
  return phone ? Math.round(wide * 0.65) : wide;
}
