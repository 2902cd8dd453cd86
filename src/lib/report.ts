import { existsSync, readFileSync } from 'node:fs';
import { reportKind, reportSettingSchema } from '../schemas/report.ts';
import { parseYamlStrict } from './yaml.ts';

/**
 * "Report a mistake on this page": one plain link on every guide, village and office
 * page, no script. It opens a message to the program's address (`content/report.yaml`:
 * e-mail, WhatsApp or a Git host's issue form) with the page's title and address
 * written in. While no address is set, it leads to the offices instead: a village
 * page's own office, else the office list.
 */

/** The settings file, inside the content folder. */
export const reportSettingFile = 'report.yaml';

/** The program's report address from `<contentDir>/report.yaml`, or nothing while none is set. Bad input fails naming the file, field and value. */
export function loadReportAddress(contentDir: string): string | undefined {
  const path = `${contentDir}/${reportSettingFile}`;
  if (!existsSync(path)) return undefined;
  const parsed = reportSettingSchema.safeParse(parseYamlStrict(readFileSync(path, 'utf8'), path) ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${path}  ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return parsed.data.address || undefined;
}

/** The message about the page, in the reader's language. */
export interface ReportMessage {
  /** One line: what and where, e.g. "Kesalahan di halaman: Syarat paspor". */
  subject: string;
  /** The page's address and the questions to answer. */
  body: string;
}

/** The link's address: a message to `address` about the page, or `fallback` (a path of the site) when no address is set. */
export function reportHref(address: string | undefined, message: ReportMessage, fallback: string): string {
  const kind = address === undefined ? undefined : reportKind(address);
  const query = (values: Record<string, string>) =>
    Object.entries(values)
      .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
      .join('&');
  switch (kind) {
    case 'email':
      return `${address}?${query({ subject: message.subject, body: message.body })}`;
    case 'whatsapp':
      return `${address}?${query({ text: `${message.subject}\n${message.body}` })}`;
    case 'issue':
      // GitLab's form reads issue[title] and issue[description]; GitHub, Gitea and Forgejo read title and body.
      return `${address}?${query(
        address!.includes('/-/issues/new')
          ? { 'issue[title]': message.subject, 'issue[description]': message.body }
          : { title: message.subject, body: message.body },
      )}`;
    default:
      return fallback;
  }
}
