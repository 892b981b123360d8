import { expect, test } from 'vitest';
import { IdentityCache, objectId } from '../../src/core/identity.js';

test('objectId is stable per object and distinct between objects', () => {
  const a = {};
  const b = {};
  expect(objectId(a)).toBe(objectId(a));
  expect(objectId(a)).not.toBe(objectId(b));
});

test('IdentityCache keys on the objects, not the array, and drops the oldest entry', () => {
  const cache = new IdentityCache<string>(2);
  const [a, b, c] = [{}, {}, {}];
  let made = 0;
  const make = (v: string) => (): string => (made++, v);
  expect(cache.get([a, b], make('ab'))).toBe('ab');
  expect(cache.get([a, b], make('again'))).toBe('ab');
  expect(cache.get([b, a], make('ba'))).toBe('ba');
  expect(cache.get([c], make('c'))).toBe('c');
  expect(cache.get([a, b], make('ab2'))).toBe('ab2');
  expect(made).toBe(4);
});
