import type { Translator } from './ui.ts';

/** The site's main menu: top-level sections and their labels, in the header and the footer. */
export function mainMenu(t: Translator): { section: string; label: string }[] {
  return [
    { section: 'paspor', label: t('nav.passport') },
    { section: 'migrasi-aman', label: t('nav.migration') },
    { section: 'desa-binaan', label: t('nav.program') },
    { section: 'desa', label: t('nav.villages') },
    { section: 'bantuan', label: t('nav.help') },
  ];
}
