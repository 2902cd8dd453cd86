declare namespace App {
  interface Locals {
    /** The language the page's main content is written in (a fallback page's is Indonesian). */
    contentLocale?: import('./lib/locales.ts').Locale;
  }
}

// tsc (used by `npm test`) has no Astro plugin: .astro files imported from .ts are components.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
