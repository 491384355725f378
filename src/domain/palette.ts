// Colours shared by the map style and its legends (no map library here, so the UI may import it).

/** Density palette (sequential, light = rural): viridis-like stops readable by colour-blind people. */
export const DENSITY_COLOURS = ['#3b2f80', '#39568c', '#2d708e', '#25858e', '#3aba76', '#95d840', '#e8e419'] as const;
