// The child of the surrounding ChildLayout, for the pages under /children/:childId.
import { useOutletContext } from 'react-router';
import type { Child } from '../../domain/types';

export function useChildFromRoute(): Child {
  return useOutletContext<Child>();
}
