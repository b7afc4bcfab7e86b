import { defineArea } from '../area';

/** The in-app menu of a host without a native menu bar (renderer/app/AppMenu.tsx). */
export const appMenu = defineArea(
  {
    open: 'Menu',
  },
  {
    sv: {
      open: 'Meny',
    },
    nb: {
      open: 'Meny',
    },
  },
);
