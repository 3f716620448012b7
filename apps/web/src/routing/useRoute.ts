import { useMemo, useSyncExternalStore } from 'react';
import { subscribeToLocation } from './navigation';
import { parseRoute, type Route } from './route';

const readLocation = () => window.location.pathname + window.location.hash;

/** The page the current address shows; re-renders on navigation. */
export function useRoute(): Route {
  const location = useSyncExternalStore(subscribeToLocation, readLocation);
  return useMemo(() => {
    const hashAt = location.indexOf('#');
    return hashAt === -1
      ? parseRoute(location)
      : parseRoute(location.slice(0, hashAt), location.slice(hashAt));
  }, [location]);
}
