/** Whether this thread's Monte Carlo may use WebAssembly (tests set it false to run the JavaScript step and counter, to compare them). */
export const wasmSwitch = { enabled: true };
