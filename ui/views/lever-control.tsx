/**
 * One lever: a labelled slider and a number input in percent, side by side. The slider's range is a
 * practical window; the number input accepts anything the scenario schema allows.
 */
import { useId, type ReactNode } from 'react';
import { announceRelease, setDragging } from '../mc/release';
import { PercentInput } from './percent-input';

export interface LeverControlProps {
  /** Test id stem: the number input gets `lever-<path>`, the slider `lever-<path>-slider`. */
  path: string;
  label: string;
  value: number;
  onValue: (fraction: number) => void;
  /** Slider window, fractions. */
  sliderMin: number;
  sliderMax: number;
  /** Allowed values, fractions (floor exclusive when `minExclusive`). */
  min: number;
  max: number;
  minExclusive?: boolean;
  step?: number;
  sliderLabel: string;
  numberLabel: string;
  rangeMessage: string;
  /** 100 (default): the value is a fraction shown in percent; 1: shown as is. */
  scale?: number;
  disabled?: boolean;
  /** Shown after the label (help pop-up, reset button). */
  extra?: ReactNode;
}

export function LeverControl(p: LeverControlProps) {
  const id = useId();
  const step = p.step ?? 0.1;
  const scale = p.scale ?? 100;
  const sliderValue = Math.min(p.sliderMax, Math.max(p.sliderMin, p.value)) * scale;
  return (
    <div className="lever">
      <div className="lever-label-row">
        <label htmlFor={id} className="lever-label">
          {p.label}
        </label>
        {p.extra}
      </div>
      <div className="lever-inputs">
        <input
          id={id}
          type="range"
          min={p.sliderMin * scale}
          max={p.sliderMax * scale}
          step={step}
          value={sliderValue}
          aria-label={p.sliderLabel}
          aria-valuetext={scale === 100 ? `${(p.value * 100).toFixed(2)}%` : p.value.toFixed(2)}
          data-testid={`lever-${p.path}-slider`}
          disabled={p.disabled}
          onChange={(e) => p.onValue(Number(e.target.value) / scale)}
          onPointerDown={() => setDragging(true)}
          onPointerUp={announceRelease}
          onKeyUp={announceRelease}
        />
        <PercentInput value={p.value} onValue={p.onValue} min={p.min} max={p.max} minExclusive={p.minExclusive} label={p.numberLabel} testId={`lever-${p.path}`} rangeMessage={p.rangeMessage} step={step} scale={scale} disabled={p.disabled} />
      </div>
    </div>
  );
}
