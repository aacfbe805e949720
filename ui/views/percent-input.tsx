/**
 * A number input in percent for a value stored as a fraction. While the user types, the text is kept
 * as typed; a value inside [min, max] is applied at once, anything else shows what is allowed and
 * changes nothing. Enter or leaving the field counts as releasing the lever.
 */
import { useId, useState } from 'react';
import { announceRelease } from '../mc/release';
import { parseNumberInput } from '../input/parse-number';

/** The typed text as a value in stored units (NaN when it is not a number: "2,00", "12a"). */
function typedValue(text: string, scale: number): number {
  const r = parseNumberInput(text);
  return r.ok ? r.value / scale : Number.NaN;
}

export interface PercentInputProps {
  /** Fraction (0.06 = 6%). */
  value: number;
  onValue: (fraction: number) => void;
  /** Allowed range as fractions; `minExclusive` makes the floor exclusive. */
  min: number;
  max: number;
  minExclusive?: boolean;
  label: string;
  testId?: string;
  /** Message shown when the typed value is outside the range. */
  rangeMessage: string;
  step?: number;
  className?: string;
  /** Display scale: 100 shows fractions as percent (default), 1 shows the number itself. */
  scale?: number;
  disabled?: boolean;
}

/** A fraction as percent text with up to 3 decimals: 0.27153 -> "27.153". */
export function percentText(fraction: number, scale = 100): string {
  const shown = fraction * scale;
  return String(Number(shown.toFixed(scale === 100 || Math.abs(shown) < 100 ? 3 : 1)));
}

export function PercentInput({ value, onValue, min, max, minExclusive, label, testId, rangeMessage, step = 0.1, className, scale = 100, disabled }: PercentInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const errorId = useId();
  const parsed = draft === null ? value : typedValue(draft, scale);
  const valid = draft === null || (draft.trim() !== '' && Number.isFinite(parsed) && (minExclusive ? parsed > min : parsed >= min) && parsed <= max);
  return (
    <span className={`percent-input ${className ?? ''}`}>
      <input
        type="text"
        inputMode="decimal"
        data-step={step}
        value={draft ?? percentText(value, scale)}
        aria-label={label}
        aria-invalid={!valid}
        aria-describedby={valid ? undefined : errorId}
        data-testid={testId}
        disabled={disabled}
        onChange={(e) => {
          const text = e.target.value;
          setDraft(text);
          const v = typedValue(text, scale);
          if (text.trim() !== '' && Number.isFinite(v) && (minExclusive ? v > min : v >= min) && v <= max) onValue(v);
        }}
        onBlur={() => {
          setDraft(null);
          announceRelease();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            setDraft(null);
            announceRelease();
          }
        }}
      />
      <span aria-hidden="true" className="unit">{scale === 100 ? '%' : ''}</span>
      {!valid && (
        <span id={errorId} role="alert" className="field-error">
          {rangeMessage}
        </span>
      )}
    </span>
  );
}
