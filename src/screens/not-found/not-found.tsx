// Shown for an unknown address.

/** A page for links that lead nowhere. */
export function NotFound() {
  return (
    <main id="main">
      <h1>Page not found</h1>
      <p>
        <a href="/">Back to Today</a>
      </p>
    </main>
  );
}
