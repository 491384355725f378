// File-system edge of the offline base map (beside build-data.ts): reads its inputs, then runs the pure basemap stage.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { buildBasemapTiles, communeLabels, regionLabels } from './pipeline/basemap.ts';
import type { CogDepartement, GeoCollection, GeoFeature, Reference } from './pipeline/reference.ts';
import type { TileSet } from './pipeline/tiles.ts';

/** Natural Earth land at 1:10m (public domain, npm package world-atlas): the land around France. */
export const LAND_FILE = createRequire(import.meta.url).resolve('world-atlas/land-10m.json');

interface CogRegion { code: string; nom: string; chefLieu: string }

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** `departementShapes`: the département polygons and label points of the build (departementFeatures). */
export function basemapTileSet(ref: Reference, cogDir: string, regionContoursPath: string | null, departementShapes: GeoFeature[]): TileSet {
  const departements = readJson<(CogDepartement & { chefLieu: string })[]>(join(cogDir, 'departements.json'));
  const regions = readJson<CogRegion[]>(join(cogDir, 'regions.json'));
  const topology = readJson<Topology>(LAND_FILE);
  const land = feature(topology, topology.objects.land!) as unknown as { features: GeoFeature[] };
  const regionContours: GeoCollection = regionContoursPath ? readJson<GeoCollection>(regionContoursPath) : { type: 'FeatureCollection', features: [] };
  const labels = [
    ...communeLabels(ref, { departements: departements.map((d) => d.chefLieu), regions: regions.map((r) => r.chefLieu) }),
    ...regionLabels(regionContours, new Map(regions.map((r) => [r.code, r.nom]))),
  ];
  return buildBasemapTiles({ departements: departementShapes, land: land.features, regionContours, labels });
}
