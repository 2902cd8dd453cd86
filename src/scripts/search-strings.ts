import type { UiStringsOf } from '../data/ui.ts';

/** The UI strings the search script uses: the page hands exactly these over (`data-strings`). */
export const searchStringKeys = [
  'search.loading',
  'search.results',
  'search.none',
  'search.noneHelp',
  'search.failed',
  'search.partial',
  'search.kind.guide',
  'search.kind.office',
  'search.kind.company',
  'search.fallback',
  'search.company.absent',
  'village.kindShort.desa',
  'village.kindShort.kelurahan',
  'village.kindShort.desa-adat',
  'village.title',
  'search.villagePlace',
  'search.villagesMany',
  'search.villagesChoose',
  'search.otherVillage',
  'search.notProgram',
  'search.counted',
  'search.countedAsk',
  'counts.ask',
  'counts.districts',
  'search.officesRegency',
  'search.officesProvince',
  'search.officesNone',
  'search.officesList',
  'search.visitGuide',
] as const satisfies readonly (keyof UiStringsOf)[];

export type SearchStrings = Pick<UiStringsOf, (typeof searchStringKeys)[number]>;
