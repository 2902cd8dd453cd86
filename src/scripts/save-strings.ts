import type { UiStringsOf } from '../data/ui.ts';

/** The UI strings the save page's script uses: the page hands exactly these over (`data-strings`). */
export const saveStringKeys = [
  'save.saving',
  'save.saved',
  'save.failed',
  'save.removed',
  'save.unsupported',
] as const satisfies readonly (keyof UiStringsOf)[];

export type SaveStrings = Pick<UiStringsOf, (typeof saveStringKeys)[number]>;
