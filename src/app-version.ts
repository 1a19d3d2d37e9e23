// Set by vite.config.ts from package.json's "version", for build and tests alike.
declare const __APP_VERSION__: string;

/** The release of Nines that is running ("0.1.0"), as package.json names it; case files record it. */
export const APP_VERSION: string = __APP_VERSION__;
