/**
 * The part of the WebAssembly JavaScript API the engine uses, typed here: the engine type-checks
 * without DOM or Node types (engine/tsconfig.json), which are where the global `WebAssembly` is
 * declared. `wasmApi` is the global where it exists (Node, browsers, their workers), else undefined.
 */

/** A WebAssembly.Memory: its buffer (never grown here, so views of it stay valid). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer;
}

interface WasmApi {
  Memory: new (descriptor: { initial: number }) => WasmMemory;
  Module: new (bytes: Uint8Array<ArrayBuffer>) => object;
  Instance: new (module: object, imports: Record<string, Record<string, unknown>>) => { exports: Record<string, unknown> };
}

export const wasmApi: WasmApi | undefined = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;

/** Compiles and instantiates `bytes` with the imports `m.*` (throws where it cannot: callers fall back to JavaScript). */
export function instantiate(bytes: Uint8Array<ArrayBuffer>, imports: Record<string, unknown>): Record<string, unknown> {
  if (!wasmApi) throw new Error('WebAssembly is not available');
  return new wasmApi.Instance(new wasmApi.Module(bytes), { m: imports }).exports;
}
