/** The per-year table: one path (chosen from a list) with an input for each year. */
import { memo } from 'react';
import { leverBounds, type LeverId } from '../../engine/index';
import { useT } from '../i18n/use-t';
import { plan } from '../state/scenarios';
import { useDispatch } from '../state/store';
import { PATH_LEVERS } from './lever-config';
import { PercentInput } from './percent-input';

interface YearTableProps {
  lever: LeverId;
  /** The lever's path, one value per year from baseYear + 1. */
  values: number[];
  baseYear: number;
}

const same = (a: YearTableProps, b: YearTableProps) => a.lever === b.lever && a.baseYear === b.baseYear && a.values.length === b.values.length && a.values.every((v, i) => v === b.values[i]);

export const YearTable = memo(function YearTable({ lever, values: path, baseYear }: YearTableProps) {
  const t = useT();
  const dispatch = useDispatch();
  const { floor, ceiling } = leverBounds(lever);
  const label = t(`lever.${lever}`);
  const pctText = (f: number) => `${Number((f * 100).toFixed(2))}%`;
  return (
    <fieldset className="lever-group">
      <legend>{t('group.paths')}</legend>
      <label className="field">
        <span>{t('paths.lever')}</span>
        <select value={lever} onChange={(e) => dispatch({ type: 'setPathLever', lever: e.target.value as LeverId })} data-testid="path-lever">
          {PATH_LEVERS.map((id) => (
            <option key={id} value={id}>
              {t(`lever.${id}`)}
            </option>
          ))}
        </select>
      </label>
      <table className="year-table">
        <thead>
          <tr>
            <th scope="col">{t('paths.year')}</th>
            <th scope="col">{t('paths.value')}</th>
          </tr>
        </thead>
        <tbody>
          {path.map((v, i) => {
            const year = baseYear + 1 + i;
            const inPlan = year >= plan.period.from && year <= plan.period.to;
            return (
              <tr key={year} className={inPlan ? 'in-plan' : undefined}>
                <th scope="row">{year}</th>
                <td>
                  <PercentInput
                    value={v}
                    onValue={(value) => dispatch({ type: 'setLeverYear', lever, index: i, value })}
                    min={floor}
                    max={ceiling}
                    minExclusive
                    label={t('paths.cell', { label, year })}
                    testId={`year-${lever}-${year}`}
                    rangeMessage={t('lever.outOfRange', { min: `>${pctText(floor)}`, max: pctText(ceiling) })}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}, same);
