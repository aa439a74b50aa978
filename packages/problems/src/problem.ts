/** Where a problem is: a repo-relative file and a 1-based line and column. */
export interface Location {
  /** Repo-relative path with forward slashes. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in characters (UTF-16 code units) of the decoded line. */
  column: number;
}

/** One problem found in the data: what, where, and what to do. */
export interface Problem extends Location {
  /** Permanent code from the catalogue, such as `period-unknown`. */
  code: string;
  /** One-line title of the code (Japanese). */
  title: string;
  /** What happened, in Japanese. */
  message: string;
  /** What to do about it, in Japanese. */
  hint: string;
  /** The source line the location points at, for a code frame; absent when there is no text. */
  excerpt?: string;
}
