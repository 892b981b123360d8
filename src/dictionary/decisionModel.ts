// The thesaurus decision model: dictionaries/model/decision.json, written by scripts/train.ts
// (a boosted tree ensemble over the features of src/core/decode/features.ts), read once per path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionariesDir } from '../paths.js';
import { FEATURE_NAMES } from '../core/decode/features.js';
import {
  checkTreeModel,
  compileTreeModel,
  type TreeModel,
  type TreeModelData,
} from '../core/treeModel.js';
import { DictionaryError } from './errors.js';

export const DECISION_MODEL_FILE = join('model', 'decision.json');

const loaded = new Map<string, TreeModel>();

export function defaultDecisionModelPath(): string {
  return join(dictionariesDir(), DECISION_MODEL_FILE);
}

/** Parse and check model data; throws DictionaryError naming `path`. */
export function parseDecisionModel(text: string, path: string): TreeModel {
  let data: TreeModelData;
  try {
    data = JSON.parse(text) as TreeModelData;
  } catch (err) {
    throw new DictionaryError(path, 0, `not JSON: ${(err as Error).message}`);
  }
  if (!Array.isArray(data?.features) || !Array.isArray(data?.trees))
    throw new DictionaryError(path, 0, 'not a decision model (features and trees expected)');
  const problems = checkTreeModel(data, FEATURE_NAMES);
  if (problems.length > 0) throw new DictionaryError(path, 0, problems[0] as string);
  return compileTreeModel(data);
}

/** Load (once per path) the decision model. */
export function loadDecisionModel(path: string = defaultDecisionModelPath()): TreeModel {
  const cached = loaded.get(path);
  if (cached !== undefined) return cached;
  const model = parseDecisionModel(readFileSync(path, 'utf8'), path);
  loaded.set(path, model);
  return model;
}
