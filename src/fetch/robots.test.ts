import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseRobots } from './robots.js';

const at = (path: string) => new URL(`https://news.test${path}`);

test('our own group beats *; agents in one group share its rules; Crawl-delay read', () => {
  const rules = parseRobots(
    ['User-agent: *', 'Disallow: /', '', 'User-agent: OtherBot', 'User-agent: CorroborateBot/0.1', 'Disallow: /drafts', 'Crawl-delay: 5'].join('\n'),
    'CorroborateBot',
  );
  assert.deepEqual(rules.check(at('/news/1')), { allowed: true });
  assert.deepEqual(rules.check(at('/drafts/x')), { allowed: false, rule: 'Disallow: /drafts' });
  assert.equal(rules.crawlDelaySeconds, 5);
});

test('* applies when no group names us; longest match wins, Allow wins a tie; robots.txt itself is always allowed', () => {
  const rules = parseRobots('user-agent: *\r\ndisallow: /private # members\r\nallow: /private/open\r\nallow: /p\r\ndisallow: /p\r\nDisallow: /robots', 'CorroborateBot');
  assert.equal(rules.check(at('/private/x')).allowed, false);
  assert.equal(rules.check(at('/private/open/story')).allowed, true);
  assert.equal(rules.check(at('/p')).allowed, true);
  assert.equal(rules.check(at('/robots.txt')).allowed, true);
  assert.equal(rules.crawlDelaySeconds, undefined);
});

test('wildcards and end anchors; query strings are part of the path matched', () => {
  const rules = parseRobots('User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\nDisallow: /search\nAllow: /search$', 'CorroborateBot');
  assert.equal(rules.check(at('/files/a.pdf')).allowed, false);
  assert.equal(rules.check(at('/files/a.pdf?x=1')).allowed, true);
  assert.equal(rules.check(at('/story?print=1')).allowed, false);
  assert.equal(rules.check(at('/search')).allowed, true);
  assert.equal(rules.check(at('/search/q')).allowed, false);
});

test('an empty Disallow, an empty file and rules before any User-agent allow everything', () => {
  for (const text of ['User-agent: *\nDisallow:', '', 'Disallow: /\nUser-agent: *\nAllow: /']) {
    assert.equal(parseRobots(text, 'CorroborateBot').check(at('/a')).allowed, true, JSON.stringify(text));
  }
});

test('non-ASCII paths match their percent-encoded form', () => {
  const rules = parseRobots('User-agent: *\nDisallow: /nyheter/på-svenska', 'CorroborateBot');
  assert.equal(rules.check(at('/nyheter/på-svenska/1')).allowed, false);
});
