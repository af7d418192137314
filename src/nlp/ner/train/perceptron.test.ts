import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TAGS, tagIndex } from '../tags.js';
import { Perceptron, type TrainSentence, miscMask, quantise } from './perceptron.js';

/** A toy language: feature row 1 = "a person word", 2 = "a place word", 0 = bias. */
function sentence(kinds: string, weight = 1): TrainSentence {
  const tags = [...kinds].map((k) => (k === 'p' ? 'B-PER' : k === 'q' ? 'I-PER' : k === 'l' ? 'B-LOC' : 'O'));
  const rows: number[] = [];
  const offsets = [0];
  for (const k of kinds) {
    rows.push(0, k === 'p' || k === 'q' ? 1 : k === 'l' ? 2 : 3);
    if (k === 'q') rows.push(4);
    offsets.push(rows.length);
  }
  return { rows: Int32Array.from(rows), offsets: Int32Array.from(offsets), gold: Uint8Array.from(tags, tagIndex), weight };
}

test('the perceptron learns a separable toy tagging task', () => {
  const data = ['pqool', 'olpo', 'lopq', 'oooo', 'pool'].map((k) => sentence(k));
  const p = new Perceptron(5);
  for (let epoch = 0; epoch < 10; epoch++) for (const s of data) p.update(s);
  const avg = p.averaged();
  for (const s of data) assert.deepEqual([...Perceptron.predict(s, avg.w, avg.transitions)], [...s.gold]);
});

test('a MISC mask lets O tokens be MISC and nothing else', () => {
  const m = miscMask(Uint8Array.from(['O', 'B-PER'], tagIndex));
  const allowedAt = (i: number): string[] => TAGS.filter((_, t) => m[i]! & (1 << t));
  assert.deepEqual(allowedAt(0), ['O', 'B-MISC', 'I-MISC']);
  assert.deepEqual(allowedAt(1), ['B-PER']);
});

test('quantise keeps strong rows as int8 with a row scale', () => {
  const w = new Float64Array(2 * TAGS.length);
  w[0] = 2;
  w[1] = -1;
  w[TAGS.length] = 0.001;
  const q = quantise(Int32Array.from([11, 22]), w, new Float64Array((TAGS.length + 1) * TAGS.length), 0.01);
  assert.deepEqual([...q.keys], [11]);
  assert.equal(q.quantised[0], 127);
  assert.equal(q.quantised[1], -63);
  assert.ok(Math.abs(q.scales[0]! * 127 - 2) < 1e-6);
});
