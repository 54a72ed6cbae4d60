// /mock (set up a mock, history) and /mock/ID (the mock itself: asking, self-review, scorecard). Loaded lazily.
import { useLocation, useRoute } from 'preact-iso';
import { MockHome } from './home';
import { MockRun } from './run';
import './mock.css';

/** The mock-interview screens. */
export function MockRoute() {
  const { params } = useRoute();
  const { path } = useLocation();
  if (params.id) return <MockRun key={params.id} id={params.id} />;
  return <MockHome key={path} />;
}
