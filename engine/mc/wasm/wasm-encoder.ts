/**
 * A minimal WebAssembly binary writer for the Monte Carlo's generated year step (wasm-step.ts): one
 * module with an imported memory, imported functions and exported functions, whose bodies are built
 * from the few instructions the step needs (scalar i32 control, f64 and SIMD f64x2 arithmetic,
 * loads and stores). Opcodes and encodings are those of the WebAssembly core specification 2.0
 * (https://webassembly.github.io/spec/core/binary/instructions.html), SIMD included.
 *
 * An instruction sequence is a plain number[] of bytes; helpers below return such arrays so that
 * bodies read like the folded text format: `f64x2.mul(get(a), get(b))`.
 */

/** Bytes, nested as built (instructions hold their operands' code); flattened once per function body. */
export type Code = (number | Code)[];

/** The bytes of `code` in order. */
export function flatten(code: Code, out: number[] = []): number[] {
  for (const item of code) {
    if (typeof item === 'number') out.push(item);
    else flatten(item, out);
  }
  return out;
}

/** Unsigned LEB128. */
export function u32(n: number): number[] {
  const out: number[] = [];
  let v = n >>> 0;
  do {
    let byte = v & 0x7f;
    v >>>= 7;
    if (v !== 0) byte |= 0x80;
    out.push(byte);
  } while (v !== 0);
  return out;
}

/** Signed LEB128 (32-bit). */
export function s32(n: number): number[] {
  const out: number[] = [];
  let v = n | 0;
  for (;;) {
    const byte = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (byte & 0x40) === 0) || (v === -1 && (byte & 0x40) !== 0)) {
      out.push(byte);
      return out;
    }
    out.push(byte | 0x80);
  }
}

const f64Bytes = (x: number): number[] => Array.from(new Uint8Array(new Float64Array([x]).buffer));
const name = (s: string): number[] => [...u32(s.length), ...Array.from(s, (c) => c.charCodeAt(0))];
const vec = (items: Code[]): number[] => [...u32(items.length), ...flatten(items)];
const section = (id: number, body: number[]): number[] => [id, ...u32(body.length), ...body];

export const F64 = 0x7c;
export const I32 = 0x7f;
export const V128 = 0x7b;

/** A function: its parameter and result types, its locals (types, after the parameters) and its body. */
export interface WasmFunction {
  params: number[];
  results: number[];
  locals: number[];
  body: Code;
  exportName?: string;
}

/** A module importing memory `m.mem` (at least `memoryPages` pages) and the functions `m.<name>`, with `functions` defined after them. */
export function encodeModule(memoryPages: number, imports: { name: string; params: number[]; results: number[] }[], functions: WasmFunction[]): Uint8Array<ArrayBuffer> {
  const sigs = [...imports, ...functions].map((f) => [0x60, ...vec(f.params.map((p) => [p])), ...vec(f.results.map((r) => [r]))]);
  const type = section(1, vec(sigs));
  const importEntries = [
    [...name('m'), ...name('mem'), 0x02, 0x00, ...u32(memoryPages)],
    ...imports.map((f, i) => [...name('m'), ...name(f.name), 0x00, ...u32(i)]),
  ];
  const imp = section(2, vec(importEntries));
  const func = section(3, vec(functions.map((_, i) => u32(imports.length + i))));
  const exported = functions.map((f, i) => ({ f, i })).filter(({ f }) => f.exportName !== undefined);
  const exp = section(7, vec(exported.map(({ f, i }) => [...name(f.exportName!), 0x00, ...u32(imports.length + i)])));
  const bodies = functions.map((f) => {
    const locals = vec(f.locals.map((t) => [...u32(1), t]));
    const body = [...locals, ...flatten(f.body), 0x0b];
    return [...u32(body.length), ...body];
  });
  const code = section(10, vec(bodies));
  return new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...type, ...imp, ...func, ...exp, ...code]);
}

// ---- Instructions -------------------------------------------------------------------------------

const simd = (op: number, ...rest: Code): Code => [0xfd, u32(op), rest];
const memarg = (align: number, offset: number): Code => [u32(align), u32(offset)];

export const I64 = 0x7e;

export const get = (local: number): Code => [0x20, u32(local)];
/** `select`: a when cond is non-zero, else b. */
export const select = (a: Code, b: Code, cond: Code): Code => [a, b, cond, 0x1b];
export const set = (local: number, value: Code): Code => [value, 0x21, u32(local)];
export const i32 = {
  const: (n: number): Code => [0x41, s32(n)],
  add: (a: Code, b: Code): Code => [a, b, 0x6a],
  mul: (a: Code, b: Code): Code => [a, b, 0x6c],
  shl: (a: Code, b: Code): Code => [a, b, 0x74],
  geU: (a: Code, b: Code): Code => [a, b, 0x4f],
  eqz: (a: Code): Code => [a, 0x45],
  ltU: (a: Code, b: Code): Code => [a, b, 0x49],
  xor: (a: Code, b: Code): Code => [a, b, 0x73],
  shrS: (a: Code, b: Code): Code => [a, b, 0x75],
  rotl: (a: Code, b: Code): Code => [a, b, 0x77],
  sub: (a: Code, b: Code): Code => [a, b, 0x6b],
  eq: (a: Code, b: Code): Code => [a, b, 0x46],
  gtS: (a: Code, b: Code): Code => [a, b, 0x4a],
  leS: (a: Code, b: Code): Code => [a, b, 0x4c],
  and: (a: Code, b: Code): Code => [a, b, 0x71],
  or: (a: Code, b: Code): Code => [a, b, 0x72],
  load: (offset: number, address: Code): Code => [address, 0x28, memarg(2, offset)],
  store: (offset: number, address: Code, value: Code): Code => [address, value, 0x36, memarg(2, offset)],
  wrapI64: (a: Code): Code => [a, 0xa7],
  /** Truncated toward zero (traps outside the i32 range or on NaN: callers check the range first). */
  truncF64S: (a: Code): Code => [a, 0xaa],
  /** The bits of a float32. */
  reinterpretF32: (a: Code): Code => [a, 0xbc],
};
export const i64 = {
  const: (n: number): Code => [0x42, s32(n)],
  add: (a: Code, b: Code): Code => [a, b, 0x7c],
  sub: (a: Code, b: Code): Code => [a, b, 0x7d],
  shrU: (a: Code, b: Code): Code => [a, b, 0x88],
  ltS: (a: Code, b: Code): Code => [a, b, 0x53],
  gtS: (a: Code, b: Code): Code => [a, b, 0x55],
  extendI32S: (a: Code): Code => [a, 0xac],
  extendI32U: (a: Code): Code => [a, 0xad],
};
export const f32 = {
  /** Rounded to the nearest float32 (ties to even), as a Float32Array store rounds. */
  demoteF64: (a: Code): Code => [a, 0xb6],
};
export const f64 = {
  const: (x: number): Code => [0x44, f64Bytes(x)],
  load: (offset: number, address: Code): Code => [address, 0x2b, memarg(3, offset)],
  store: (offset: number, address: Code, value: Code): Code => [address, value, 0x39, memarg(3, offset)],
  add: (a: Code, b: Code): Code => [a, b, 0xa0],
  lt: (a: Code, b: Code): Code => [a, b, 0x63],
  gt: (a: Code, b: Code): Code => [a, b, 0x64],
  mul: (a: Code, b: Code): Code => [a, b, 0xa2],
  sub: (a: Code, b: Code): Code => [a, b, 0xa1],
  div: (a: Code, b: Code): Code => [a, b, 0xa3],
  neg: (a: Code): Code => [a, 0x9a],
  eq: (a: Code, b: Code): Code => [a, b, 0x61],
  ne: (a: Code, b: Code): Code => [a, b, 0x62],
  ge: (a: Code, b: Code): Code => [a, b, 0x66],
  convertI32S: (a: Code): Code => [a, 0xb7],
  convertI32U: (a: Code): Code => [a, 0xb8],
};
// Constants' code, shared (code is never mutated): a step uses a few dozen constants hundreds of times.
const f64x2Consts = new Map<number | string, Code>();
const i32x4Consts = new Map<number | string, Code>();
function memo(cache: Map<number | string, Code>, x: number, make: () => Code): Code {
  // -0 and 0 are one Map key: -0 gets its own.
  const key = Object.is(x, -0) ? '-0' : x;
  let code = cache.get(key);
  if (code === undefined) {
    code = make();
    if (cache.size < 4096) cache.set(key, code);
  }
  return code;
}

export const v128 = {
  /** 16-byte load/store at `address + offset` (alignment hint 8 bytes: arrays of doubles). */
  load: (offset: number, address: Code): Code => [address, simd(0x00, memarg(3, offset))],
  store: (offset: number, address: Code, value: Code): Code => [address, value, simd(0x0b, memarg(3, offset))],
  load64Splat: (offset: number, address: Code): Code => [address, simd(0x0a, memarg(3, offset))],
  load64Zero: (offset: number, address: Code): Code => [address, simd(0x5d, memarg(3, offset))],
  load64Lane: (offset: number, address: Code, into: Code, lane: number): Code => [address, into, simd(0x57, memarg(3, offset), lane)],
  and: (a: Code, b: Code): Code => [a, b, simd(0x4e)],
  /** (a & mask) | (b & ~mask) */
  bitselect: (a: Code, b: Code, mask: Code): Code => [a, b, mask, simd(0x52)],
  f64x2Const: (x: number): Code => memo(f64x2Consts, x, () => simd(0x0c, f64Bytes(x), f64Bytes(x))),
  i32x4Const: (x: number): Code => memo(i32x4Consts, x, () => simd(0x0c, ...[x, x, x, x].flatMap((v) => Array.from(new Uint8Array(new Int32Array([v]).buffer))))),
};
export const f64x2 = {
  splat: (a: Code): Code => [a, simd(0x14)],
  extractLane: (a: Code, lane: number): Code => [a, simd(0x21, lane)],
  replaceLane: (a: Code, lane: number, x: Code): Code => [a, x, simd(0x22, lane)],
  lt: (a: Code, b: Code): Code => [a, b, simd(0x49)],
  gt: (a: Code, b: Code): Code => [a, b, simd(0x4a)],
  add: (a: Code, b: Code): Code => [a, b, simd(0xf0)],
  sub: (a: Code, b: Code): Code => [a, b, simd(0xf1)],
  mul: (a: Code, b: Code): Code => [a, b, simd(0xf2)],
  div: (a: Code, b: Code): Code => [a, b, simd(0xf3)],
  abs: (a: Code): Code => [a, simd(0xec)],
  /** Lanes 0 and 1 of an i32x4 as doubles. */
  convertLowI32x4S: (a: Code): Code => [a, simd(0xfe)],
};
export const i32x4 = {
  extractLane: (a: Code, lane: number): Code => [a, simd(0x1b, lane)],
  sub: (a: Code, b: Code): Code => [a, b, simd(0xb1)],
  /** Each double truncated toward zero into lanes 0 and 1 (saturating), lanes 2 and 3 zero. */
  truncSatF64x2SZero: (a: Code): Code => [a, simd(0xfc)],
};
export const f32x4 = {
  /** Both doubles rounded to float32 (as f32.demote_f64) into lanes 0 and 1; lanes 2 and 3 zero. */
  demoteF64x2Zero: (a: Code): Code => [a, simd(0x5e)],
};
export const i64x2 = {
  splat: (a: Code): Code => [a, simd(0x12)],
  extractLane: (a: Code, lane: number): Code => [a, simd(0x1d, lane)],
  /** Lanes 0 and 1 of an i32x4, sign-extended. */
  extendLowI32x4S: (a: Code): Code => [a, simd(0xc7)],
  add: (a: Code, b: Code): Code => [a, b, simd(0xce)],
  sub: (a: Code, b: Code): Code => [a, b, simd(0xd1)],
  /** Each lane shifted right (logical) by the i32 `b` (modulo 64). */
  shrU: (a: Code, b: Code): Code => [a, b, simd(0xcd)],
  ltS: (a: Code, b: Code): Code => [a, b, simd(0xd8)],
  gtS: (a: Code, b: Code): Code => [a, b, simd(0xd9)],
  allTrue: (a: Code): Code => [a, simd(0xc3)],
  /** The lanes' sign bits as an i32 (bit 0: lane 0, bit 1: lane 1); a comparison's lanes are all ones or zero. */
  bitmask: (a: Code): Code => [a, simd(0xc4)],
};
export const control = {
  call: (index: number, ...args: Code[]): Code => [args, 0x10, u32(index)],
  /** `if (cond) { then }` with no result. */
  if: (cond: Code, then: Code): Code => [cond, 0x04, 0x40, then, 0x0b],
  /** `if (cond) { then } else { otherwise }` with no result. */
  ifElse: (cond: Code, then: Code, otherwise: Code): Code => [cond, 0x04, 0x40, then, 0x05, otherwise, 0x0b],
  /** `block $out (loop $next body... ) )` where body may `br_if 1` to leave and `br 0` to repeat. */
  blockLoop: (body: Code): Code => [0x02, 0x40, 0x03, 0x40, ...body, 0x0b, 0x0b],
  /** `block ... end` (a `br` to it leaves it) and `loop ... end` (a `br` to it repeats it), no result. */
  block: (body: Code): Code => [0x02, 0x40, body, 0x0b],
  loop: (body: Code): Code => [0x03, 0x40, body, 0x0b],
  return: (value: Code): Code => [value, 0x0f],
  brIf: (depth: number, cond: Code): Code => [cond, 0x0d, u32(depth)],
  br: (depth: number): Code => [0x0c, u32(depth)],
};
