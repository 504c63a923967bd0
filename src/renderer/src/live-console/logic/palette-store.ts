import { createSpotlight } from '@mantine/spotlight';

/** The live console's command palette (Ctrl/Cmd+K), a Spotlight of its own. */
export const [paletteStore, palette] = createSpotlight();
