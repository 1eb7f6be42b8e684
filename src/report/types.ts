// The shape of `parallax analyze --json` and of report.json: everything the run found.
import type { Brief } from '../brief/types.ts';
import type { OutletProfile } from './outlets.ts';
import type { DatedValue, Rejection, Storyline, TimeValue } from '../types.ts';

export interface ReportArticle {
  id: string;
  title: string;
  [field: string]: unknown; // outlet, published, url, duplicate_of, … as the pipeline reports them
}

export interface ReportEvent {
  id: string;
  title: string;
  date: DatedValue | TimeValue | null;
  article_ids: string[];
  brief?: Brief;
  [field: string]: unknown;
}

export interface Report {
  articles: ReportArticle[];
  events: ReportEvent[];
  storylines: Storyline[];
  rejected: Rejection[];
  /** Each outlet across the events it covers (src/report/outlets.ts). */
  outlets?: OutletProfile[];
  [field: string]: unknown;
}
