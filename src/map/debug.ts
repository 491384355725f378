// The read-mostly hook the browser tests and the bench drive the map with: no MapLibre object leaves src/map.

export interface MapDebug {
  /** The map's centre and zoom now. */
  view(): { lon: number; lat: number; zoom: number };
  /** What the map shows: [west, south, east, north] in degrees. */
  bounds(): [number, number, number, number];
  isMoving(): boolean;
  /** The style and every tile in view are loaded. */
  loaded(): boolean;
  /** Moves the map at once to a centre and zoom. */
  jumpTo(lon: number, lat: number, zoom: number): void;
  /** The `nom` of the features drawn now in these style layers (labels: the collision-free ones only). */
  renderedNames(layers: string[]): string[];
  /** The same names with the screen position of their point, in the map's own pixels. */
  renderedLabels(layers: string[]): { nom: string; x: number; y: number }[];
  /** Screen position of a point, in the map's own pixels. */
  projectLonLat(lon: number, lat: number): { x: number; y: number };
  /** Screen position of a place, in the map's own pixels. */
  project(id: string): { x: number; y: number };
  /** Moves the map at once (no animation), as a drag would. */
  panBy(dxPx: number, dyPx: number): void;
  /** Resolves once the map has drawn everything it was asked to (MapLibre's `idle`, then deck.gl's next frame),
   * at the earliest a few frames from now: tests wait on it instead of sleeping. */
  idle(): Promise<void>;
  /** Whether a layer of the base map's style is shown. */
  layerVisible(id: string): boolean;
  /** What the pointer does over a place (null: leaving it), without the picking: for the hover bench. */
  hover(id: string | null): void;
  /** Takes the WebGL context away, as a mobile browser may. */
  loseContext(): void;
}
