import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import Fee from './Fee.astro';
import FeeTable from './FeeTable.astro';
import HelplineList from './HelplineList.astro';
import Steps from './Steps.astro';

/** The components guide authors may use in MDX without importing them. */
export const guideComponents = { Callout, Steps, Checklist, Fee, FeeTable, HelplineList };
