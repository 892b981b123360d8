// One reporter per run: what each format prints for a file as soon as it is done, and what it
// prints at the end. Formats that are one document (json, sarif, html) keep each file's
// converted findings, never its text; the others stream.
import type { ChalkInstance } from 'chalk';
import { formatDiffFile } from '../report/diff.js';
import { formatGithubFile } from '../report/github.js';
import { formatHtmlReport, htmlFile, type Credit, type HtmlFile } from '../report/html.js';
import { formatJsonFiles, jsonFile, type JsonFile } from '../report/json.js';
import { formatPatchFile } from '../report/patch.js';
import {
  formatRanking,
  formatSkipped,
  type RankedFile,
  type SkippedFile,
} from '../report/ranking.js';
import {
  formatSarif,
  sarifResults,
  type SarifResult,
  type SarifRuleSource,
} from '../report/sarif.js';
import { formatSummary } from '../report/summary.js';
import { formatTextFile } from '../report/text.js';
import type { FileReport, RunSummary } from '../report/types.js';
import { verdictOf } from '../report/verdict.js';
import type { CliOptions } from './options.js';

export interface RunFacts {
  readonly version: string;
  /** The working folder, `/`-separated (patch names of files outside it). */
  readonly cwd: string;
  /** The dictionaries in use (SARIF rules). */
  readonly rules: readonly SarifRuleSource[];
  readonly credits: readonly Credit[];
}

export interface Reporter {
  /** What to print for a file now. */
  file(file: FileReport): string;
  /** What to print at the end. */
  end(summary: RunSummary, skipped: readonly SkippedFile[]): string;
}

export function createReporter(
  options: CliOptions,
  chalk: ChalkInstance,
  facts: RunFacts,
): Reporter {
  const reportOptions = { chalk, explain: options.explain };
  const ranked: RankedFile[] = [];
  const jsonFiles: JsonFile[] = [];
  const sarif: SarifResult[] = [];
  const html: HtmlFile[] = [];
  const ruleNames = new Set(facts.rules.map((r) => r.name));
  const rank = (file: FileReport) => {
    if (file.result) ranked.push({ path: file.path, verdict: verdictOf(file.result) });
  };
  const human = (summary: RunSummary, skipped: readonly SkippedFile[]) =>
    formatRanking(ranked, chalk) +
    formatSkipped(skipped, chalk) +
    formatSummary(
      summary,
      options.write || options.interactive || options.outputDir !== undefined,
      chalk,
      skipped.length,
    );
  switch (options.format) {
    case 'text':
    case 'diff':
      return {
        file: (f) => {
          rank(f);
          return options.format === 'text'
            ? formatTextFile(f, reportOptions)
            : formatDiffFile(f, reportOptions);
        },
        end: human,
      };
    case 'patch':
      return { file: (f) => formatPatchFile(f, facts.cwd), end: () => '' };
    case 'github':
      return { file: (f) => formatGithubFile(f, options.minConfidence), end: () => '' };
    case 'json':
      return {
        file: (f) => {
          jsonFiles.push(jsonFile(f));
          return '';
        },
        end: (summary, skipped) =>
          formatJsonFiles(jsonFiles, summary, options.minConfidence, skipped),
      };
    case 'sarif':
      return {
        file: (f) => {
          sarif.push(...sarifResults(f, ruleNames, options.minConfidence));
          return '';
        },
        end: () => formatSarif(sarif, facts.rules, facts.version),
      };
    case 'html':
      return {
        file: (f) => {
          const h = htmlFile(f, options.minConfidence);
          if (h) html.push(h);
          return '';
        },
        end: (summary, skipped) =>
          formatHtmlReport({
            files: html,
            summary,
            skipped,
            credits: facts.credits,
            version: facts.version,
            minConfidence: options.minConfidence,
          }),
      };
  }
}
