// The Stats screen: study days, the load ahead, true retention, readiness over time, card states and mocks.
import { useEffect } from 'preact/hooks';
import { useNow } from '../../ui/use-now';
import { activeDeck, groupTitle } from '../../state/deck';
import { useStatsData } from './use-stats-data';
import { ActivitySection } from './activity-section';
import { ForecastSection } from './forecast-section';
import { ReadinessSection, RetentionSection, StatesSection } from './deck-sections';
import { MockStats } from './mock-stats';
import './stats.css';

const Loading = ({ what }: { what: string }) => (
  <section class="panel" aria-busy="true">
    <p class="muted">Loading {what}…</p>
  </section>
);

/** The Stats screen. */
export function Stats() {
  const now = useNow();
  const data = useStatsData(now);
  const ready = data.deck !== null && data.activity !== null && data.forecast !== null;
  useEffect(() => {
    // For the benchmark: when every part of the screen is on it.
    if (ready) performance.mark('stats-ready');
  }, [ready]);
  return (
    <main id="main" class="stats-screen" data-ready={ready ? '' : undefined}>
      <h1>Stats</h1>
      <p class="muted">Progress on {activeDeck().title}; study days and the forecast cover every deck.</p>
      {data.error && (
        <p class="banner error" role="alert">
          {data.error}
        </p>
      )}
      {data.activity ? <ActivitySection {...data.activity} today={data.today} /> : <Loading what="study days" />}
      {data.forecast ? <ForecastSection forecast={data.forecast} today={data.today} /> : <Loading what="the forecast" />}
      {data.deck ? (
        <>
          <RetentionSection retention={data.deck.history.retention} title={groupTitle} />
          <ReadinessSection series={data.deck.history.readiness} title={groupTitle} />
          <StatesSection states={data.deck.states} title={groupTitle} />
        </>
      ) : (
        <Loading what="your groups" />
      )}
      <MockStats deck={activeDeck()} />
    </main>
  );
}
