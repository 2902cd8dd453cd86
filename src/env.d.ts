declare namespace App {
  interface Locals {
    /** The language the page's main content is written in (a fallback page's is Indonesian). */
    contentLocale?: import('./lib/locales.ts').Locale;
  }
}
