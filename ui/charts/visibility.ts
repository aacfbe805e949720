/**
 * Whether an element is in (or near) the viewport, from one shared IntersectionObserver. Charts use
 * it to skip redrawing while out of view during a lever drag (see plot.tsx).
 */
type Listener = (visible: boolean) => void;

/** Margin around the viewport that still counts as in view, so a chart being scrolled in is ready. */
const MARGIN = '200px 0px';

let observer: IntersectionObserver | undefined;
const listeners = new WeakMap<Element, Listener>();

/** Calls `listener` with the element's visibility now and on every change; returns the unsubscribe. */
export function observeVisibility(el: Element, listener: Listener): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => undefined;
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) listeners.get(e.target)?.(e.isIntersecting);
    },
    { rootMargin: MARGIN },
  );
  listeners.set(el, listener);
  observer.observe(el);
  return () => {
    observer?.unobserve(el);
    listeners.delete(el);
  };
}
