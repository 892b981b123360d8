// The Problematic Paper Screener's query syntax, as seen in pairs.tsv: `phrase`, `phrase~N`,
// `phrase AND "term"`, `phrase NOT "term"`, `phrase AND ("a" OR "b")`, `q1 | q2`,
// `q1 OR "phrase2" AND "term"`, `"term"~N`; read into the conditions of the line format.
import { normalizeWord } from '../../src/core/normalize.js';
import { keyOf } from './rows.js';

interface Clause {
  head: string;
  near?: number;
  and: string[];
  not: string[];
  /** Something the line format cannot say (OR groups, proximity context terms). */
  lossy: boolean;
}

/** Splits at a top-level separator (outside quotes and parentheses). */
function splitTop(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0) {
      separator.lastIndex = i;
      const m = separator.exec(text);
      if (m !== null && m.index === i) {
        parts.push(text.slice(start, i));
        start = i + m[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function contextTerm(raw: string, negated: boolean, clause: Clause): string | undefined {
  let term = raw.trim();
  if (term.startsWith('(')) {
    const options = splitTop(term.slice(1, -1), / OR /y);
    if (options.length !== 1) {
      clause.lossy = true;
      return undefined;
    }
    term = options[0] ?? '';
  }
  if (/~\d+$/.test(term)) {
    // A proximity context term: as a NOT term keep the exact phrase (a narrower exclusion); an
    // AND term cannot be said in the line format.
    if (!negated) {
      clause.lossy = true;
      return undefined;
    }
    term = term.replace(/~\d+$/, '');
  }
  term = normalizeWord(term.replace(/"/g, '').trim());
  if (term === '' || /[,|\t]/.test(term)) {
    clause.lossy = true;
    return undefined;
  }
  return term;
}

function parseClause(text: string): Clause {
  const [headRaw = '', ...rest] = splitTop(text, / (AND|NOT) /y);
  const ops = [...text.matchAll(/ (AND|NOT) /g)].map((m) => m[1]);
  const clause: Clause = { head: '', and: [], not: [], lossy: false };
  let head = headRaw.replace(/^"|"$/g, '').replace(/"~/, '~');
  const near = /~(\d+)$/.exec(head);
  if (near !== null) {
    clause.near = Number(near[1]);
    head = head.slice(0, near.index);
  }
  if (head.includes('~')) clause.lossy = true;
  clause.head = keyOf(head.replace(/"/g, ''));
  rest.forEach((raw, i) => {
    const term = contextTerm(raw, ops[i] === 'NOT', clause);
    if (term !== undefined) (ops[i] === 'NOT' ? clause.not : clause.and).push(term);
  });
  return clause;
}

export interface Conditions {
  requires: string[];
  excludes: string[];
  near?: number;
  lossy: boolean;
}

export function queryConditions(query: string, rowKey: string): Conditions {
  const clauses = splitTop(query, / (\||OR) /y).map(parseClause);
  const own = clauses.filter((c) => c.head === rowKey && !c.lossy);
  const used = own.length > 0 ? own : clauses.filter((c) => c.head === rowKey);
  if (used.length === 0) return { requires: [], excludes: [], lossy: false };
  const lossy = used.some((c) => c.lossy);
  const excludes = [...new Set(used.flatMap((c) => c.not))];
  const nears = new Set(used.map((c) => c.near));
  const near = nears.size === 1 ? [...nears][0] : undefined;
  if (used.some((c) => c.and.length === 0)) return { requires: [], excludes, near, lossy };
  const [first, ...others] = used.map((c) => c.and);
  const requires = (first ?? []).filter((t) => others.every((o) => o.includes(t)));
  const dropped = used.some((c) => c.and.length !== requires.length);
  return { requires, excludes, near, lossy: lossy || dropped };
}
