import { describe, expect, it } from 'vitest';
import { csvField } from '../../ui/io/csv';
import { fileSafe, pngCaption } from '../../ui/io/file-name';

describe('exports', () => {
  it('CSV numbers have 10 significant digits', () => {
    expect(csvField(1777.2240299999999)).toBe('1777.22403');
    expect(csvField(0.1 + 0.2)).toBe('0.3');
    expect(csvField(123456789012)).toBe('123456789000');
    expect(csvField(-0.000123456789012)).toBe('-0.000123456789');
  });
  it('file names carry the scenario name; PNG captions its title, name and date', () => {
    expect(fileSafe('Plan target (copy 2)')).toBe('Plan-target-(copy-2)');
    expect(fileSafe('规划目标路径(副本)')).toBe('规划目标路径(副本)');
    expect(fileSafe('a/b:c')).toBe('a-b-c');
    expect(pngCaption('GDP', 'Plan target', new Date('2026-12-02T10:00:00Z'))).toBe('GDP · Plan target · 2026-12-02');
  });
});
