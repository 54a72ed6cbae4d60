// The answer timer: elapsed against the target, calm, never locking anyone out; overtime is shown, not punished.
import { useEffect, useState } from 'preact/hooks';
import { clock } from '../../srs/mock-score';
import type { Step } from '../../srs/mock-session';
import '../../ui/card.css';

/** Length of the optional thinking pause, in seconds. */
export const THINK_SECONDS = 30;

function useTick(active: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!active) return undefined;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

/** Shows the target before an answer, the thinking countdown, then elapsed / target with any overtime. */
export function AnswerTimer({
  step,
  startedAt,
  targetSeconds,
  recording,
}: {
  step: Step;
  startedAt: number | null;
  targetSeconds: number;
  recording: boolean;
}) {
  const now = useTick(step !== 'ready');
  const target = targetSeconds * 1000;
  if (step === 'ready' || startedAt === null) {
    return (
      <p class="mock-timer muted">
        Aim for about {clock(target)}.{recording ? ' Your answer will be recorded on this device.' : ''}
      </p>
    );
  }
  if (step === 'thinking') {
    const left = Math.max(0, THINK_SECONDS * 1000 - (now - startedAt));
    return (
      <p class="mock-timer" role="timer">
        Thinking… the answer starts in {clock(left)}
      </p>
    );
  }
  const elapsed = Math.max(0, now - startedAt);
  const over = elapsed > target;
  return (
    <div class="mock-timer">
      <p role="timer" aria-label="Answer time">
        <span class="mock-clock">{clock(elapsed)}</span> <span class="muted">of {clock(target)}</span>
        {recording && <span class="badge rec">Recording</span>}
      </p>
      <div class="meter" aria-hidden="true">
        <span style={{ width: `${Math.min(100, (elapsed / target) * 100)}%` }} />
      </div>
      {over && <p class="overtime">Over by {clock(elapsed - target)}: wrap up when you are ready.</p>}
    </div>
  );
}
