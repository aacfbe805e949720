/** Seeded randomness for the Monte Carlo: generator, seeding and normal draws. */
export { Xoshiro128 } from './xoshiro128';
export { mix32, scrambleSeed, splitmix32Fill, streamSeed } from './splitmix32';
export { normal, fillNormals, fillUniforms } from './ziggurat';
