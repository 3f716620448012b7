import type { VulnerableGroup } from '@vp/contract';
import { vulnerableGroups } from '../api/contract-values';
import { useT } from '../i18n/useT';

interface PriorityChoiceProps {
  value: VulnerableGroup | null;
  onChange(value: VulnerableGroup | null): void;
}

/** The optional priority group (lansia, disabilitas, ibu hamil) as a radio list. */
export function PriorityChoice({ value, onChange }: PriorityChoiceProps) {
  const { t } = useT();
  const options: readonly (VulnerableGroup | null)[] = [null, ...vulnerableGroups];
  return (
    <fieldset className="field radio-group" aria-describedby="priority-hint">
      <legend>{t('form.priorityLegend')}</legend>
      <p id="priority-hint" className="field-hint">
        {t('form.priorityHint')}
      </p>
      {options.map((option) => (
        <label key={option ?? 'none'} className="radio">
          <input
            type="radio"
            name="priority"
            value={option ?? ''}
            data-testid={`priority-${option ?? 'none'}`}
            checked={value === option}
            onChange={() => onChange(option)}
          />
          <span>{option === null ? t('form.priorityNone') : t(`vulnerableGroup.${option}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
