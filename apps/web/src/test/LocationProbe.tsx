import { useLocation } from 'react-router';

/** Shows the router's current path + query so tests can assert on URL changes. */
export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}
