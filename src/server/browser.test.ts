import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// Types only: the module itself is loaded when the browser test runs.
import type { Browser, Page as PwPage } from 'playwright-core';
import { startSeededServer, type TestServer } from './testing.js';

/** Debian's Chromium (`apt-get install chromium`); playwright-core drives it, downloading no browser. */
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = fileURLToPath(new URL('../../out/screenshots/', import.meta.url));
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} not found: install it with \`apt-get update && apt-get install -y chromium\` to run the browser test`;

describe('web UI in Chromium: list -> article -> person, events -> event -> article -> person', { skip, timeout: 90_000 }, () => {
  let t: TestServer;
  let browser: Browser;
  const problems: string[] = [];

  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await startSeededServer({ events: true });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true, timeout: 30_000,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  async function open(width: number, height: number): Promise<PwPage> {
    const page = await browser.newPage({ viewport: { width, height } });
    page.setDefaultTimeout(10_000);
    page.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // Only this server is ever contacted.
    await page.route('**/*', (route) => (route.request().url().startsWith(t.url) ? route.continue() : route.abort()));
    return page;
  }

  const shot = (page: PwPage, name: string) => page.screenshot({ path: `${SHOTS}${name}.png`, fullPage: true });
  // Expressions run in the page (this file is type-checked without DOM types).
  const noOverflow = (page: PwPage) => page.evaluate('document.documentElement.scrollWidth <= window.innerWidth');
  const pwned = (page: PwPage) => page.evaluate('document.body.dataset.pwned ?? null');

  test('desktop: search, open an article, follow a speaker to their page', async () => {
    const page = await open(1280, 900);
    await page.goto(t.url);
    await page.locator('ol.articles > li').first().waitFor();
    assert.equal(await page.locator('ol.articles > li').count(), 10);
    const hostileTitle = '<img src=x onerror="document.body.dataset.pwned=\'title\'">Markup <b>in</b> the title';
    assert.equal(await page.locator('ol.articles h2 a').first().textContent(), hostileTitle, 'markup in a title is shown as text');
    assert.equal(await page.locator('main img, main b, main script').count(), 0);
    await shot(page, 'desktop-1-list');

    await page.getByLabel('Search', { exact: true }).fill('ferry timetable');
    await page.getByLabel('Outlet').selectOption('Fixture Gazette');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/q=ferry/);
    await page.getByRole('status').filter({ hasText: '1 article found' }).waitFor();
    await shot(page, 'desktop-2-search');

    await page.getByRole('link', { name: hostileTitle }).click();
    await page.waitForURL(/\/articles\/hostile-markup$/);
    await page.locator('h1').filter({ hasText: 'Markup <b>in</b> the title' }).waitFor();
    assert.match((await page.locator('.body').textContent()) ?? '', /<script>document\.body\.dataset\.pwned='text'<\/script>/);
    assert.equal(await page.locator('main script, main img, main b').count(), 0, 'markup in text stays text');
    assert.equal(await pwned(page), null);
    assert.match((await page.locator('mark.quote').first().textContent()) ?? '', /We will publish every comment, <b>even this one<\/b>/);
    const speaker = page.locator('.body .said a.speaker').first();
    assert.equal(await speaker.textContent(), 'Maria Zakharova');
    assert.match((await page.getByRole('complementary').textContent()) ?? '', /Event date: 2026-01-09/);
    assert.equal(await page.locator('details.removed').getAttribute('open'), null, 'removed pieces start collapsed');
    await shot(page, 'desktop-3-article');

    await page.goto(`${t.url}/articles/000_1eecb41a65758f8d`);
    const removed = page.locator('details.removed');
    await removed.locator('summary').click();
    assert.ok((await removed.locator('li .badge').count()) > 0, 'each removed piece shows its reason');
    await shot(page, 'desktop-4-article-removed');
    await page.goBack();
    await page.waitForURL(/hostile-markup$/);

    await page.locator('.body .said a.speaker').first().click();
    await page.waitForURL(/\/people\/PER%3Amaria%20zakharova$/);
    await page.locator('h1').filter({ hasText: 'Maria Zakharova' }).waitFor();
    const days = await page.locator('.day h3').allTextContents();
    assert.deepEqual(days.slice(0, 3), ['2026-01-10', '2026-01-06', '2026-01-05'], 'quotes by date, newest first');
    assert.equal(days.at(-1), 'Undated');
    assert.match((await page.locator('.said-list blockquote').first().textContent()) ?? '', /We will publish every comment/);
    assert.equal(await pwned(page), null);
    await shot(page, 'desktop-5-person');

    await page.close();
  });

  test('desktop: events by storyline -> event (timeline, copies, ledger) -> article -> person', async () => {
    const page = await open(1280, 900);
    await page.goto(t.url);
    await page.getByRole('link', { name: 'Events', exact: true }).click();
    await page.waitForURL(/\/events$/);
    await page.locator('section.storyline').first().waitFor();
    assert.deepEqual(await page.locator('section.storyline > h2').allTextContents(), ['Harbour budget and ferries (3 events)', 'Peace plan for Ukraine (2 events)']);
    assert.equal(await page.locator('main img, main b').count(), 0, 'markup in an event title stays text');
    await shot(page, 'desktop-6-events');

    await page.getByRole('link', { name: 'Harbour budget vote delayed' }).click();
    await page.waitForURL(/\/events\/ev-budget-delay$/);
    await page.locator('h1').filter({ hasText: 'Harbour budget vote delayed' }).waitFor();
    assert.equal(await page.locator('.axis .dot').count(), 3);
    assert.equal(await page.locator('.axis .dot.current').textContent(), '1', 'this event highlighted, first on the axis');
    assert.equal(await page.locator('.timeline-list [aria-current="page"]').textContent(), 'Harbour budget vote delayed');
    const lefts = await page.locator('.axis .dot').evaluateAll((dots: { getBoundingClientRect(): { left: number } }[]) => dots.map((d) => d.getBoundingClientRect().left));
    assert.ok(lefts[0]! < lefts[1]! && lefts[1]! < lefts[2]!, `dots in date order: ${lefts}`);
    assert.match((await page.locator('.event-articles li.copy').textContent()) ?? '', /copy of Harbour budget vote delayed \(Fixture Gazette\): not an independent source/);
    const columns = page.locator('.ledger-entry').first().locator('.ledger-column h4');
    assert.deepEqual(await columns.allTextContents(), ['Coast Wire copy', 'Daily Fixture', 'Fixture Gazette']);
    assert.match((await page.locator('.ledger-entry').first().locator('.ledger-column').nth(1).textContent()) ?? '', /Members deserve time/);
    assert.equal(await pwned(page), null);
    await shot(page, 'desktop-7-event');

    await page.locator('.event-articles li.copy > a').click();
    await page.waitForURL(/\/articles\/harbour-budget-wire$/);
    assert.match((await page.locator('.event-link').textContent()) ?? '', /Part of the event Harbour budget vote delayed as a copy of Harbour budget vote delayed/);
    await shot(page, 'desktop-8-article-copy');
    await page.locator('.body .said a.speaker').first().click();
    await page.waitForURL(/\/people\/PER%3Amaria%20zakharova$/);
    await page.locator('section[aria-labelledby="h-events"] ol.events').waitFor();
    const events = await page.locator('section[aria-labelledby="h-events"] ol.events h3').allTextContents();
    assert.ok(events.includes('Harbour budget vote delayed'), String(events));
    await page.getByRole('link', { name: 'Harbour budget vote delayed' }).first().click();
    await page.waitForURL(/\/events\/ev-budget-delay$/);

    await page.goto(`${t.url}/events/ev-peace-plan`);
    await page.getByText('No event in this storyline is dated.').waitFor();
    assert.equal(await page.locator('.timeline-list.undated li').count(), 2, 'undated events listed apart');
    await shot(page, 'desktop-9-event-undated');
    assert.equal(await noOverflow(page), true);
    await page.close();
  });

  test('keyboard: skip link first, links reachable, focus moves to the new page heading', async () => {
    const page = await open(1280, 900);
    await page.goto(t.url);
    await page.locator('ol.articles > li').first().waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement?.textContent'), 'Skip to content');
    await page.locator('ol.articles h2 a').nth(1).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/articles\//);
    await page.locator('h1:focus').waitFor();
    await page.close();
  });

  test('phone width: readable, nothing wider than the screen', async () => {
    const page = await open(390, 844);
    await page.goto(t.url);
    await page.locator('ol.articles > li').first().waitFor();
    await shot(page, 'phone-1-list');
    assert.equal(await noOverflow(page), true, 'list fits');
    await page.goto(`${t.url}/articles/hostile-markup`);
    await page.locator('mark.quote').first().waitFor();
    await shot(page, 'phone-2-article');
    assert.equal(await noOverflow(page), true, 'article fits');
    await page.goto(`${t.url}/people/${encodeURIComponent('PER:maria zakharova')}`);
    await page.locator('.said-list').first().waitFor();
    await shot(page, 'phone-3-person');
    assert.equal(await noOverflow(page), true, 'person page fits');
    await page.goto(`${t.url}/events/ev-budget-delay`);
    await page.locator('.ledger-column').first().waitFor();
    await shot(page, 'phone-4-event');
    assert.equal(await noOverflow(page), true, 'event page fits');
    await page.close();
  });

  test('no console errors or page errors (CSP violations included)', () => {
    assert.deepEqual(problems, []);
  });
});
