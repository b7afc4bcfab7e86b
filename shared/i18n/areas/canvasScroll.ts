import { defineArea } from '../area';

/** The canvas's scrollbars (renderer/boards/Scrollbars.tsx). */
export const canvasScroll = defineArea(
  {
    horizontal: 'Scroll the board sideways',
    vertical: 'Scroll the board up and down',
  },
  {
    sv: {
      horizontal: 'Rulla tavlan i sidled',
      vertical: 'Rulla tavlan uppåt och nedåt',
    },
    nb: {
      horizontal: 'Rull tavlen sidelengs',
      vertical: 'Rull tavlen opp og ned',
    },
  },
);
