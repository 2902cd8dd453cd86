import writeExcelFile, { type SheetData } from 'write-excel-file/node';

/** Shared by the import's unit tests and its command tests: a spreadsheet's header and cells as editors write them. */
export const header = 'code,office,designatedAt,officers,notes_id';
/** A real Excel workbook, written the way Excel stores it: numbers as numbers, dates as date cells. */
export const xlsx = (rows: SheetData) => writeExcelFile(rows).toBuffer();
/** A date cell as Excel keeps it (a day number with a date format), for the day given. */
export const dateCell = (day: string) => ({ value: new Date(`${day}T00:00:00Z`), format: 'dd/mm/yyyy' });
export const sourceHeader = ['source_title', 'source_url', 'source_publisher', 'source_accessedAt'];
export const source = ['Desa Binaan Imigrasi di Kupang', 'https://kupang.imigrasi.go.id/desa-binaan', 'Kantor Imigrasi Kupang'];
