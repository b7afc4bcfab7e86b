import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { devices, type BrowserContext, type Page } from '@playwright/test';
import { newAgendaItem, newWorkshop } from '../../shared/model/defaults';
import { parseWorkshopText, serializeWorkshop } from '../../shared/model/load';
import { TeamBoards } from '../../shared/model/teamBoards';
import type { Workshop } from '../../shared/model/workshop';
import { expect, test } from './fixtures';

/**
 * A board meeting in Swedish and in Norwegian: the facilitator's room screens at 1366×768 and the
 * phone page at 360 px in the app's language (screenshots in .tmp/ to look at), the phone page
 * checked with axe, a 1–6 poll on the projector, a raised hand, and an idea round directed to
 * the improvement board: the ideas arrive as suggestion cards in its New column, with the
 * sender's name unless anonymous, and the file holds them.
 */

const ui = {
  sv: { locale: 'sv-SE', open: 'Öppna…', room: 'Rummet', openRoom: 'Öppna rummet', run: 'Kör', projector: 'Visa projektor', ideas: 'Idéer', boards: 'Tavlor', improvement: 'Förbättringstavla', close: 'Stäng rummet', name: 'Ditt namn', checkIn: 'Checka in', anonymous: 'Var med utan namn', idea: 'Din idé', send: 'Skicka idé', hand: /Räck upp handen/, named: 'Förslaget får ditt namn, Anna Berg.' },
  nb: { locale: 'nb-NO', open: 'Åpne…', room: 'Rommet', openRoom: 'Åpne rommet', run: 'Kjør', projector: 'Vis prosjektor', ideas: 'Ideer', boards: 'Tavler', improvement: 'Forbedringstavle', close: 'Lukk rommet', name: 'Navnet ditt', checkIn: 'Sjekk inn', anonymous: 'Vær med uten navn', idea: 'Ideen din', send: 'Send idé', hand: /Rekk opp hånden/, named: 'Forslaget får navnet ditt, Anna Berg.' },
} as const;

function meetingFile(language: 'sv' | 'nb'): Workshop {
  const doc = newWorkshop(new Date('2026-04-14T06:00:00Z'));
  doc.header = { ...doc.header, title: language === 'sv' ? 'Tavelmöte vecka 16, Bygglovsenheten' : 'Tavlemøte uke 16, Byggesaksenheten', date: '2026-04-14', startTime: '09:00', language };
  doc.agenda.items = [{ ...newAgendaItem('item', 15), title: language === 'sv' ? 'Nya förbättringsförslag' : 'Nye forbedringsforslag' }];
  doc.participants = [
    { id: 'p-anna', name: 'Anna Berg', role: '', email: '', attendance: null, arrivedAt: null, prepared: null },
    { id: 'p-olle', name: 'Olle Ek', role: '', email: '', attendance: null, arrivedAt: null, prepared: null },
  ];
  doc.teamBoards = TeamBoards.parse({
    team: 'Bygglovsenheten',
    goalBoard: {},
    improvementBoard: { cards: [{ id: 'c1', problem: 'Långa köer', idea: 'Tidsbokning', suggestedBy: 'Eva', suggestedOn: '2026-04-01', column: 'new' }] },
  });
  return doc;
}

for (const language of ['sv', 'nb'] as const) {
  const s = ui[language];
  test.describe(`in ${language}`, () => {
    test.use({ osLocale: s.locale });

    test(`room screens, the phone page and suggestions for the improvement board (${language})`, async ({ app, host, dialogs, workDir }) => {
      test.setTimeout(300_000);
      const { page } = app;
      const shot = (p: Page, name: string) => p.screenshot({ path: `.tmp/room-${language}-${name}.png`, fullPage: false });
      await page.setViewportSize({ width: 1366, height: 768 });
      const path = join(workDir, 'tavelmote.verkstad');
      await writeFile(path, serializeWorkshop(meetingFile(language)));
      dialogs.answerOpen(path);
      await page.getByRole('button', { name: s.open }).first().click();
      await expect(page.getByTestId('document-name')).toHaveText('tavelmote.verkstad');

      await page.getByRole('tab', { name: s.room }).click();
      await page.getByTestId('room-interface').click();
      await page.getByRole('option', { name: /^127\.0\.0\.1/ }).click();
      await expect(page.getByTestId('room-http-warning')).toBeVisible();
      await shot(page, 'closed');
      await page.getByRole('button', { name: s.openRoom }).click();
      const url = (await page.getByTestId('room-url').textContent()) ?? '';
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/j\/[A-Za-z0-9_-]{43}$/);
      await shot(page, 'open-empty');

      await page.getByRole('tab', { name: s.run }).click();
      await page.getByRole('button', { name: s.projector }).click();
      await expect.poll(() => app.projector !== null).toBe(true);
      const projector = app.projector!;
      await projector.setViewportSize({ width: 1366, height: 768 });
      await page.getByRole('tab', { name: s.room }).click();
      await expect(projector.getByTestId('projector-room-code')).toBeVisible();
      await shot(projector, 'projector-join');

      // Three phones at 360 px (Moto G4), in the workshop's language: two named, one anonymous.
      const contexts: BrowserContext[] = [];
      const phones: Page[] = [];
      for (let i = 0; i < 3; i++) {
        const context = await host.browser.newContext({ ...devices['Moto G4'], locale: s.locale });
        contexts.push(context);
        phones.push(await context.newPage());
      }
      const [anna, olle, anon] = phones as [Page, Page, Page];
      const sent = [
        ['Anna Berg', language === 'sv' ? 'Gemensam kalender för handläggarna' : 'Felles kalender for saksbehandlerne'],
        ['', language === 'sv' ? 'Kortare stående möten' : 'Kortere stående møter'],
      ] as const;
      try {
        for (const phone of phones) await phone.goto(url);
        await shot(anna, 'phone-join');
        const axe = async (phone: Page, where: string) => {
          const result = await new AxeBuilder({ page: phone }).analyze();
          const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
          expect(serious.map((v) => `${where}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        };
        await axe(anna, 'join');
        await anna.getByRole('button', { name: 'Anna Berg', exact: true }).click();
        await olle.getByRole('button', { name: 'Olle Ek', exact: true }).click();
        await anon.getByRole('button', { name: s.anonymous }).click();
        await expect(anna.getByTestId('who')).toContainText('Anna Berg');
        await expect(page.getByTestId('room-people').locator('li')).toHaveCount(2);
        await shot(anna, 'phone-waiting');
        await axe(anna, 'waiting');

        // A 1–6 poll, on the projector.
        await page.getByTestId('room-question').fill(language === 'sv' ? 'Hur väl fungerar tavelmötet?' : 'Hvor godt fungerer tavlemøtet?');
        await page.getByTestId('room-start').click();
        for (const [i, phone] of phones.entries()) await phone.getByRole('radio', { name: new RegExp(`^${i + 3}(:|$)`) }).click();
        await expect(page.getByTestId('room-n')).toContainText('3');
        await expect(projector.getByTestId('room-n')).toContainText('3');
        await shot(anna, 'phone-scale');
        await axe(anna, 'scale');
        await shot(page, 'poll');
        await shot(projector, 'projector-poll');
        await page.getByTestId('room-end').click();

        // A raised hand.
        await olle.getByRole('button', { name: s.hand }).click();
        await expect(page.getByTestId('room-hands')).toContainText('Olle Ek');
        await page.getByTestId('room-people').scrollIntoViewIfNeeded();
        await shot(page, 'people');
        await page.getByTestId('room-hands').scrollIntoViewIfNeeded();
        await shot(page, 'hands');

        // Ideas as suggestions for the improvement board (the default destination in a board meeting).
        await page.getByTestId('room-kind').getByText(s.ideas, { exact: true }).click();
        await expect(page.getByTestId('room-ideas-to')).toHaveValue(language === 'sv' ? 'Förbättringstavlan, som förslag' : 'Forbedringstavlen, som forslag');
        await shot(page, 'ideas-to');
        await page.getByTestId('room-start').click();
        await expect(anna.getByTestId('idea-who')).toHaveText(s.named);
        for (const [phone, text] of [
          [anna, sent[0][1]],
          [anon, sent[1][1]],
        ] as const) {
          await phone.getByRole('textbox', { name: s.idea }).fill(text);
          await phone.getByRole('button', { name: s.send }).click();
          await expect(phone.locator('.mine li')).toHaveCount(1);
        }
        await shot(anna, 'phone-ideas');
        await axe(anna, 'ideas');
        await page.getByTestId('room-end').click();

        // The cards are on the improvement board, in New.
        await page.getByRole('tab', { name: s.boards }).click();
        await page.getByTestId('team-boards-switch').getByText(s.improvement).click();
        const fresh = page.getByTestId('column-new').getByTestId('improvement-card');
        await expect(fresh).toHaveCount(3);
        await expect(fresh.nth(1)).toContainText(sent[0][1]);
        await expect(fresh.nth(2)).toContainText(sent[1][1]);
        await shot(page, 'improvement-board');

        await page.keyboard.press('Control+s');
        await expect(page.getByTestId('unsaved-marker')).toBeHidden();
        await page.getByRole('tab', { name: s.room }).click();
        await page.getByRole('button', { name: s.close }).click();
      } finally {
        await Promise.all(contexts.map((c) => c.close()));
      }

      const saved = parseWorkshopText(await readFile(path, 'utf8'));
      if (!saved.ok) throw new Error(saved.detail);
      const cards = saved.document.teamBoards!.improvementBoard.cards;
      expect(cards.map((c) => ({ idea: c.idea, by: c.suggestedBy, column: c.column }))).toEqual([
        { idea: 'Tidsbokning', by: 'Eva', column: 'new' },
        { idea: sent[0][1], by: 'Anna Berg', column: 'new' },
        { idea: sent[1][1], by: '', column: 'new' },
      ]);
      for (const card of cards.slice(1)) expect(card.suggestedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Nothing went to a drawing board.
      expect(saved.document.boards.flatMap((b) => b.shapes)).toEqual([]);
    });
  });
}
