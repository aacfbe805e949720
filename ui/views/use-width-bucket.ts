/**
 * The window width in 100-px steps. A chart keyed by it is redrawn when the window narrows: plotly's
 * responsive resize cannot shrink a plot whose own drawing holds its card open.
 */
import { useEffect, useState } from 'react';

export function useWidthBucket(): number {
  const [bucket, setBucket] = useState(() => Math.round(window.innerWidth / 100));
  useEffect(() => {
    const on = () => setBucket(Math.round(window.innerWidth / 100));
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return bucket;
}
