// What sharing sends, in plain words: shown before a student agrees, and beside the switch afterwards.

/** The consent text for sharing progress with a class's instructor. */
export function SharingConsent({ id }: { id: string }) {
  return (
    <div id={id} class="consent">
      <p>
        <strong>What sharing sends to your instructor</strong>, for this class’s decks only:
      </p>
      <ul>
        <li>
          for each card you have graded: how many times in a row you passed it, its interval and due day, your last grade and the day of it,
          and how many times you graded it;
        </li>
        <li>for each group, your readiness (a percentage);</li>
        <li>how many of the last 14 days you practised.</li>
      </ul>
      <p>
        Never sent: your grade history itself, which points you ticked, recordings, mock interviews, other decks, or anything else on this
        device. Your instructor sees it under the name you choose. You can stop sharing or leave at any time; the server then deletes what
        you shared in the same step.
      </p>
    </div>
  );
}
