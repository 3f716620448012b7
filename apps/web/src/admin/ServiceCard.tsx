import { useId } from 'react';
import type { FieldErrors } from './form-values';
import {
  newRequirement,
  type RequirementForm,
  requirementErrorKey,
  type ServiceField,
  type ServiceForm,
  serviceErrorKey,
} from './services-form';
import { TextField } from './TextField';
import { useAdminT } from './useAdminT';

interface ServiceCardProps {
  service: ServiceForm;
  /** Its place in the list, from 1. */
  number: number;
  first: boolean;
  last: boolean;
  errors: FieldErrors;
  /** The server refused to remove it: a ticket still names it. */
  inUse: boolean;
  onChange(service: ServiceForm): void;
  onMove(delta: -1 | 1): void;
  onRemove(): void;
  onAddedRequirement(requirementKey: string): void;
}

/** One service: its id, names, typical minutes and requirements, each in both languages. */
export function ServiceCard(props: ServiceCardProps) {
  const { service, number, errors, onChange } = props;
  const { t } = useAdminT();
  const id = useId();
  const title = service.nameId.trim() || service.id || t('admin.services.untitled');
  const set = (changes: Partial<ServiceForm>) => onChange({ ...service, ...changes });
  const fieldError = (field: ServiceField) =>
    errors[serviceErrorKey(service.key, field)] ? t(`admin.services.error.${field}`) : undefined;
  const setRequirement = (key: string, changes: Partial<RequirementForm>) =>
    set({
      requirements: service.requirements.map((item) => (item.key === key ? { ...item, ...changes } : item)),
    });

  return (
    <fieldset className="panel admin-fieldset admin-service" data-testid={`service-${service.id || 'new'}`}>
      <legend>{t('admin.services.service', { number, name: title })}</legend>
      {props.inUse && <p className="notice notice-warning">{t('admin.services.inUse')}</p>}
      <div className="admin-service-tools">
        <button
          type="button"
          className="button button-secondary button-small"
          data-move="up"
          disabled={props.first}
          aria-label={t('admin.services.moveUpLabel', { name: title })}
          onClick={() => props.onMove(-1)}
        >
          <span aria-hidden="true">↑ </span>
          {t('admin.services.moveUp')}
        </button>
        <button
          type="button"
          className="button button-secondary button-small"
          data-move="down"
          disabled={props.last}
          aria-label={t('admin.services.moveDownLabel', { name: title })}
          onClick={() => props.onMove(1)}
        >
          <span aria-hidden="true">↓ </span>
          {t('admin.services.moveDown')}
        </button>
        <button
          type="button"
          className="button button-danger-outline button-small"
          aria-label={t('admin.services.removeLabel', { name: title })}
          data-testid="remove-service"
          onClick={props.onRemove}
        >
          {t('admin.services.remove')}
        </button>
      </div>
      {service.isNew ? (
        <TextField
          id={`${id}-id`}
          label={t('admin.services.id')}
          hint={t('admin.services.id.hint')}
          error={fieldError('id')}
          value={service.id}
          onChange={(value) => set({ id: value })}
          testId="service-id"
        />
      ) : (
        <p className="field-hint">{t('admin.services.idIs', { id: service.id })}</p>
      )}
      <div className="admin-pair">
        <TextField
          id={`${id}-nameId`}
          label={t('admin.services.nameId')}
          error={fieldError('nameId')}
          value={service.nameId}
          onChange={(value) => set({ nameId: value })}
          testId="service-name-id"
        />
        <TextField
          id={`${id}-nameEn`}
          label={t('admin.services.nameEn')}
          error={fieldError('nameEn')}
          value={service.nameEn}
          onChange={(value) => set({ nameEn: value })}
          testId="service-name-en"
        />
      </div>
      <TextField
        id={`${id}-minutes`}
        label={t('admin.services.averageMinutes')}
        error={fieldError('averageMinutes')}
        value={service.averageMinutes}
        inputMode="numeric"
        onChange={(value) => set({ averageMinutes: value })}
        testId="service-minutes"
        className="admin-short"
      />
      <fieldset
        className="admin-fieldset admin-requirements"
        data-invalid={fieldError('requirements') ? 'true' : undefined}
      >
        <legend>{t('admin.services.requirements')}</legend>
        <ol className="admin-requirement-list">
          {service.requirements.map((requirement, index) => {
            const label = { number: index + 1 };
            const wrong = (field: 'id' | 'en') =>
              errors[requirementErrorKey(service.key, requirement.key, field)]
                ? t('admin.services.error.requirement')
                : undefined;
            return (
              <li key={requirement.key} data-requirement={requirement.key} className="admin-requirement">
                <TextField
                  id={`${id}-${requirement.key}-id`}
                  label={t('admin.services.requirementId', label)}
                  error={wrong('id')}
                  value={requirement.id}
                  onChange={(value) => setRequirement(requirement.key, { id: value })}
                  testId={`requirement-${index + 1}-id`}
                />
                <TextField
                  id={`${id}-${requirement.key}-en`}
                  label={t('admin.services.requirementEn', label)}
                  error={wrong('en')}
                  value={requirement.en}
                  onChange={(value) => setRequirement(requirement.key, { en: value })}
                  testId={`requirement-${index + 1}-en`}
                />
                <button
                  type="button"
                  className="button-link admin-remove-requirement"
                  onClick={() =>
                    set({ requirements: service.requirements.filter((item) => item.key !== requirement.key) })
                  }
                >
                  {t('admin.services.removeRequirement', label)}
                </button>
              </li>
            );
          })}
        </ol>
        {fieldError('requirements') && <p className="field-error">{fieldError('requirements')}</p>}
        <button
          type="button"
          className="button button-secondary button-small"
          data-testid="add-requirement"
          onClick={() => {
            const added = newRequirement();
            set({ requirements: [...service.requirements, added] });
            props.onAddedRequirement(added.key);
          }}
        >
          {t('admin.services.addRequirement')}
        </button>
      </fieldset>
    </fieldset>
  );
}
