import { contentDir } from '../lib/content-dir.ts';
import { loadReportAddress } from '../lib/report.ts';

/** The program's address for reports of a mistake (`content/report.yaml`), or nothing while none is set. Read once per build. */
export const reportAddress = loadReportAddress(contentDir());
