// Which build is running: the package version and the build id baked in by vite.config.ts (`define`).
declare const __APP_VERSION__: string;
declare const __BUILD_ID__: string;

/** The app version, e.g. "0.1.0" ("dev" where the build constants are not defined). */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';

/** The build id (a git commit, or REHEARSE_BUILD_ID at build time). */
export const BUILD_ID: string = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'dev';
