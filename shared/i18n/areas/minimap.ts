import { defineArea } from '../area';

/** The board's overview in the corner (renderer/boards/Minimap.tsx), which can be folded away. */
export const minimap = defineArea(
  {
    hide: 'Hide the overview',
    show: 'Show the overview',
  },
  {
    sv: {
      hide: 'Dölj översikten',
      show: 'Visa översikten',
    },
    nb: {
      hide: 'Skjul oversikten',
      show: 'Vis oversikten',
    },
  },
);
