/** Where in a publisher's file a value or a fault is: what error messages name. */
export interface Location {
  /** File name as the publisher names it (never an absolute path of this machine). */
  file: string;
  sheet?: string;
  /** 1-based row in the file or sheet, as a spreadsheet program would show it. */
  row?: number;
  /** Column header or letter. */
  column?: string;
  /** A field of a JSON file, as a path ("levers.enforcementSouth.value"). */
  field?: string;
}
