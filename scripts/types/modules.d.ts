// Type declarations for build-time packages that ship none (the geometry ones, shared with the client, are in src/types).
declare module 'vt-pbf' {
  export function fromGeojsonVt(layers: Record<string, unknown>, options?: { version?: number; extent?: number }): Uint8Array;
}
