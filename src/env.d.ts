declare namespace App {
  interface Locals {
    /** The page's languages, set once by `src/middleware.ts` from its address. */
    route?: import('./data/routes.ts').RouteLocales;
  }
}
