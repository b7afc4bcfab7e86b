import { defineArea } from '../area';

/** The canvas's menus (the native menu and the Chromium host's in-app menu), beside the canvas area. */
export const canvasMenu = defineArea(
  {
    arrange: 'Arrange',
  },
  {
    sv: {
      arrange: 'Ordna',
    },
    nb: {
      arrange: 'Ordne',
    },
  },
);
