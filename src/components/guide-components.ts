import AgencyLink from './AgencyLink.astro';
import AgencyList from './AgencyList.astro';
import Callout from './Callout.astro';
import Checklist from './Checklist.astro';
import Fee from './Fee.astro';
import FeeTable from './FeeTable.astro';
import HelplineList from './HelplineList.astro';
import ProgramTotals from './ProgramTotals.astro';
import RoadSteps from './RoadSteps.astro';
import Steps from './Steps.astro';

/** The components guide authors may use in MDX without importing them. */
export const guideComponents = { AgencyLink, AgencyList, Callout, Steps, Checklist, Fee, FeeTable, HelplineList, ProgramTotals, RoadSteps };
