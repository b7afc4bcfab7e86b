import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { devices, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { newAgendaItem, newWorkshop } from '../../shared/model/defaults';
import { serializeWorkshop, parseWorkshopText } from '../../shared/model/load';
import type { Workshop } from '../../shared/model/workshop';
import { expect, test } from './fixtures';

/**
 * A 30-person session on loopback: the facilitator's window (Chromium host) opens the room, 30
 * phone-sized browser contexts (Playwright's mobile descriptors, one browser) join, check in,
 * answer a 1–6 poll, dot-vote and send ideas; the saved file holds exactly what they sent.
 */

const PHONES = 30;
const LISTED = 25;
/** 30 pages on two shared cores: a phone's answer can take a while to come back under load. */
const PHONE_WAIT = 30_000;
const shot = (page: Page, name: string) => page.screenshot({ path: `.tmp/room-${name}.png` });
const phoneDevices = ['Moto G4', 'Pixel 5', 'Galaxy S9+', 'Pixel 7'] as const;

function workshopFile(): Workshop {
  const doc = newWorkshop(new Date('2026-04-14T06:00:00Z'));
  doc.header = { ...doc.header, title: 'Förbättringsgrupp vecka 16', date: '2026-04-14', startTime: '09:00', language: 'sv' };
  doc.agenda.items = [{ ...newAgendaItem('item', 30), title: 'Problem och idéer' }];
  doc.participants = Array.from({ length: LISTED }, (_, i) => ({
    id: `p${i}`,
    name: `Deltagare ${String(i + 1).padStart(2, '0')}`,
    role: 'Handläggare',
    email: `d${i}@example.invalid`,
    attendance: null,
    arrivedAt: null,
    prepared: null,
  }));
  doc.boards = [
    {
      id: 'board-1',
      name: 'Problem',
      connectors: [],
      shapes: ['Kö i receptionen', 'Dubbelregistrering', 'Otydliga beslut', 'Väntan på underlag'].map((text, i) => ({
        id: `s${i + 1}`,
        type: 'sticky' as const,
        x: 40 + i * 160,
        y: 40,
        w: 140,
        h: 140,
        text,
        locked: false,
        props: { color: 'yellow' as const },
      })),
    },
  ];
  return doc;
}

/** What phone i does: its name, its answer on the scale, its dots and its idea. */
const plan = (i: number) => ({
  name: i < LISTED ? `Deltagare ${String(i + 1).padStart(2, '0')}` : `Gäst ${i - LISTED + 1}`,
  listed: i < LISTED,
  scale: (i % 6) + 1,
  dots: [`s${(i % 4) + 1}`, `s${((i + 1) % 4) + 1}`, `s${(i % 4) + 1}`],
  idea: `Idé nummer ${i + 1}: färre överlämningar`,
});

test('30 phones check in, answer a 1–6 poll, dot-vote and send ideas; the file holds exactly that', async ({ app, host, dialogs, workDir }) => {
  test.setTimeout(420_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const path = join(workDir, 'vecka16.verkstad');
  await writeFile(path, serializeWorkshop(workshopFile()));
  dialogs.answerOpen(path);
  await page.getByRole('button', { name: 'Open…' }).first().click();
  await expect(page.getByTestId('document-name')).toHaveText('vecka16.verkstad');

  // Open the room on loopback (tests never listen on another address).
  await page.getByRole('tab', { name: 'Room' }).click();
  await page.getByTestId('room-interface').click();
  await page.getByRole('option', { name: /^127\.0\.0\.1/ }).click();
  await expect(page.getByTestId('room-http-warning')).toBeVisible();
  await shot(page, 'closed');
  await page.getByRole('button', { name: 'Open the room' }).click();
  const url = (await page.getByTestId('room-url').textContent()) ?? '';
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/j\/[A-Za-z0-9_-]{43}$/);

  // The projector shows how to join.
  await page.getByRole('tab', { name: 'Run' }).click();
  await page.getByRole('button', { name: 'Show projector' }).click();
  await expect.poll(() => app.projector !== null).toBe(true);
  const projector = app.projector!;
  await projector.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('tab', { name: 'Room' }).click();
  await expect(projector.getByTestId('projector-room-code')).toHaveText((await page.getByTestId('room-code').textContent()) ?? 'no code');
  await projector.screenshot({ path: '.tmp/room-projector-join.png' });

  // 30 phones, each a browser context of its own in the one browser.
  const browser: Browser = host.browser;
  const contexts: BrowserContext[] = [];
  const phones: Page[] = [];
  for (let i = 0; i < PHONES; i++) {
    const device = devices[phoneDevices[i % phoneDevices.length]!];
    const context = await browser.newContext({ ...device, locale: i % 3 === 0 ? 'nb-NO' : 'sv-SE' });
    contexts.push(context);
    phones.push(await context.newPage());
  }
  const each = (fn: (phone: Page, i: number) => Promise<void>) => Promise.all(phones.map((phone, i) => fn(phone, i)));

  try {
    // Check-in: a name from the list, or a typed one.
    await each(async (phone, i) => {
      await phone.goto(url);
      const p = plan(i);
      const swedish = i % 3 !== 0;
      if (p.listed) await phone.getByRole('button', { name: p.name, exact: true }).click();
      else {
        await phone.getByLabel(swedish ? 'Ditt namn' : 'Navnet ditt').fill(p.name);
        await phone.getByRole('button', { name: swedish ? 'Checka in' : 'Sjekk inn' }).click();
      }
      await expect(phone.getByTestId('who'), `phone ${i}: ${await phone.locator('body').innerText().catch(() => '')}`).toContainText(p.name, { timeout: PHONE_WAIT });
    });
    await shot(phones[0]!, 'phone-waiting');
    await expect(page.getByTestId('room-people').locator('li')).toHaveCount(PHONES);
    await expect(projector.getByTestId('projector-room-joined')).toContainText(String(PHONES));
    await shot(page, 'open');

    // A 1–6 poll.
    await page.getByTestId('room-question').fill('Hur väl höll vi dagordningen?');
    await page.getByLabel('The low end means').fill('Inte alls');
    await page.getByLabel('The high end means').fill('Helt');
    await page.getByTestId('room-start').click();
    await each(async (phone, i) => {
      await phone.getByRole('radio', { name: new RegExp(`^${plan(i).scale}(:|$)`) }).click();
      await expect(phone.getByTestId('own-answer')).toBeVisible({ timeout: PHONE_WAIT });
    });
    // One phone locks and comes back: same identity, its answer still counted once.
    await phones[3]!.reload();
    await expect(phones[3]!.getByRole('radio', { name: /^4/ })).toHaveAttribute('aria-checked', 'true');
    await phones[3]!.getByRole('radio', { name: /^4/ }).click();
    await shot(phones[1]!, 'phone-scale');
    await expect(page.getByTestId('room-n')).toHaveText('30 answers');
    await expect(projector.getByTestId('room-n')).toHaveText('30 svar');
    await projector.screenshot({ path: '.tmp/room-projector-poll.png' });
    await shot(page, 'poll');
    await page.getByTestId('room-end').click();
    await expect(page.getByTestId('room-start')).toBeVisible();

    // A dot vote, three dots each, on the four stickies.
    await page.getByTestId('room-kind').getByText('Dot vote').click();
    await page.getByTestId('room-start').click();
    await each(async (phone, i) => {
      const swedish = i % 3 !== 0;
      for (const id of plan(i).dots) {
        const text = workshopFile().boards[0]!.shapes.find((s) => s.id === id)!.text;
        await phone.getByRole('button', { name: swedish ? `Lägg en prick på ”${text}”` : `Sett en prikk på «${text}»` }).click();
      }
      await phone.getByRole('button', { name: swedish ? 'Skicka mina röster' : 'Send stemmene mine' }).click();
      await expect(phone.getByTestId('notice')).toHaveText(swedish ? 'Skickat.' : 'Sendt.', { timeout: PHONE_WAIT });
    });
    await shot(phones[2]!, 'phone-dots');
    await expect(page.getByTestId('room-n')).toHaveText('30 people have voted');
    await page.getByTestId('room-end').click();
    await expect(page.getByTestId('room-start')).toBeVisible();

    // An idea round into an inbox on the board.
    await page.getByTestId('room-kind').getByText('Ideas').click();
    await page.getByTestId('room-question').fill('Vad stjäl tid i din vardag?');
    await page.getByTestId('room-start').click();
    await each(async (phone, i) => {
      const swedish = i % 3 !== 0;
      await phone.getByLabel(swedish ? 'Din idé' : 'Ideen din').fill(plan(i).idea);
      await phone.getByRole('button', { name: swedish ? 'Skicka idé' : 'Send idé' }).click();
      await expect(phone.locator('.mine li')).toHaveCount(1, { timeout: PHONE_WAIT });
    });
    await shot(phones[0]!, 'phone-ideas');
    await expect(page.getByTestId('room-n')).toHaveText('30 ideas');
    await page.getByTestId('room-end').click();

    // A raised hand reaches the facilitator.
    await phones[5]!.getByRole('button', { name: /Räck upp handen|Rekk opp hånden/ }).click();
    await expect(page.getByTestId('room-hands')).toContainText(plan(5).name);

    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('unsaved-marker')).toBeHidden();
    await page.getByRole('button', { name: 'Close the room' }).click();
    // Phone 1 speaks Swedish, phone 0 Norwegian (its browser's language).
    await expect(phones[1]!.getByText('Rummet är stängt. Tack för att du var med!')).toBeVisible({ timeout: PHONE_WAIT });
    await expect(phones[0]!.getByText('Rommet er stengt. Takk for at du var med!')).toBeVisible({ timeout: PHONE_WAIT });
  } finally {
    await Promise.all(contexts.map((c) => c.close()));
  }

  // The file holds exactly what the phones sent.
  const saved = parseWorkshopText(await readFile(path, 'utf8'));
  if (!saved.ok) throw new Error(saved.detail);
  const doc = saved.document;
  expect(doc.participants).toHaveLength(PHONES);
  for (let i = 0; i < PHONES; i++) {
    const person = doc.participants.find((p) => p.name === plan(i).name);
    expect(person, plan(i).name).toMatchObject({ attendance: 'present', arrivedAt: expect.stringMatching(/^\d\d:\d\d$/) });
  }
  const expectedCounts = [1, 2, 3, 4, 5, 6].map((v) => Array.from({ length: PHONES }, (_, i) => plan(i).scale).filter((s) => s === v).length);
  expect(doc.polls).toEqual([expect.objectContaining({ question: 'Hur väl höll vi dagordningen?', scaleMin: 1, scaleMax: 6, counts: expectedCounts, lowLabel: 'Inte alls', highLabel: 'Helt', fromRoom: true })]);
  const expectedDots: Record<string, number> = {};
  for (let i = 0; i < PHONES; i++) for (const id of plan(i).dots) expectedDots[id] = (expectedDots[id] ?? 0) + 1;
  expect(doc.dotVotes).toEqual(expectedDots);
  const board = doc.boards.find((b) => b.id === 'board-1')!;
  const ideaTexts = board.shapes.filter((s) => s.type === 'sticky' && !/^s\d$/.test(s.id)).map((s) => s.text);
  expect(ideaTexts.sort()).toEqual(Array.from({ length: PHONES }, (_, i) => plan(i).idea).sort());
  expect(board.shapes.some((s) => s.type === 'text' && s.text === 'Inkorg: idéer från rummet')).toBe(true);
});
