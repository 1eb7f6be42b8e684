// Report writers: report.json, report.md and a self-contained report.html; and one brief
// rendered as md, json or html for `parallax brief`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Brief } from '../brief/types.ts';
import type { Article } from '../types.ts';
import { briefPage, reportHtml } from './html.ts';
import type { ArticleLookup } from './labels.ts';
import { briefMarkdown, reportMarkdown } from './markdown.ts';
import type { Report } from './types.ts';

export type { Report, ReportArticle, ReportEvent } from './types.ts';

export function writeReport(dir: string, report: Report, texts: Map<string, Article>): { files: string[] } {
  const root = resolve(dir);
  mkdirSync(root, { recursive: true });
  const files = [join(root, 'report.json'), join(root, 'report.md'), join(root, 'report.html')];
  writeFileSync(files[0]!, JSON.stringify(report, null, 2) + '\n');
  writeFileSync(files[1]!, reportMarkdown(report, texts));
  writeFileSync(files[2]!, reportHtml(report, texts));
  return { files };
}

export function renderBrief(brief: Brief, format: 'md' | 'json' | 'html', texts: ArticleLookup = new Map(), title = `Event ${brief.event_id}`): string {
  if (format === 'json') return JSON.stringify(brief, null, 2) + '\n';
  if (format === 'html') return briefPage(brief, texts, title);
  return `# ${title}\n\n` + briefMarkdown(brief, texts);
}
