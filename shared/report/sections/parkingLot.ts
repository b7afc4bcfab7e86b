import { esc } from '../html';
import { anchorOf, sectionHeading, type ReportSection } from './section';

/** Questions and ideas set aside, so they are not lost between workshops. */
export const parkingLot: ReportSection = {
  id: 'parkingLot',
  applies: () => true,
  render(ctx) {
    const { doc, s } = ctx;
    const p = s.parkingLot;
    const items = doc.parkingLot.filter((item) => item.text.trim());
    const body =
      items.length === 0
        ? `<p class="empty">${p.none}</p>`
        : `<p class="summary">${p.intro}</p><ul class="parking">${items.map((item) => `<li>${esc(item.text)}${item.carriedFrom ? ` <span class="muted">(${p.carried})</span>` : ''}</li>`).join('')}</ul>`;
    return `<section aria-labelledby="${anchorOf('parkingLot')}">${sectionHeading(ctx, 'parkingLot')}${body}</section>`;
  },
};
