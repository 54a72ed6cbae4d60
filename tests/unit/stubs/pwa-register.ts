// Test stand-in for vite-plugin-pwa's virtual module, which only exists inside a Vite build.
/** Mirrors registerSW's signature; returns an update function that does nothing. */
export function registerSW(): (reload?: boolean) => Promise<void> {
  return async () => undefined;
}
