/**
 * "A lever was released": sliders announce the end of a drag (pointer up, key up, change) so that
 * the Monte Carlo starts at once instead of waiting for its debounce. While a pointer holds a slider,
 * `isDragging()` is true and background runs wait.
 */
type Listener = () => void;
const listeners = new Set<Listener>();
let dragging = false;

export function setDragging(value: boolean): void {
  dragging = value;
}

export function isDragging(): boolean {
  return dragging;
}

export function announceRelease(): void {
  dragging = false;
  performance.mark('planpath:release');
  for (const l of [...listeners]) l();
}

export function onRelease(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
