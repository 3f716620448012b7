// A tenant's services as the admin's form holds them and back, validated with the contract's
// schema; plus moving an item in a list. Pure, so it is unit-tested.
import { type Service, updateServicesRequestSchema } from '@vp/contract';
import { type FieldErrors, issuePaths, readNumber, writeNumber } from './form-values';

export interface RequirementForm {
  /** The form's own key for the row (React's key, and where its errors go). */
  key: string;
  id: string;
  en: string;
}

export interface ServiceForm {
  key: string;
  /** Added on this form: its id may still be chosen (an existing service's id stays). */
  isNew: boolean;
  id: string;
  nameId: string;
  nameEn: string;
  averageMinutes: string;
  requirements: RequirementForm[];
}

/** The fields of a service, and of a requirement, that may show an error. */
export type ServiceField = 'id' | 'nameId' | 'nameEn' | 'averageMinutes' | 'requirements';
export type RequirementField = 'id' | 'en';

/**
 * A form error's address: `<serviceKey>.<field>`, `<serviceKey>.requirement.<requirementKey>.<id|en>`,
 * or `list` for the list as a whole (no service left).
 */
export const serviceErrorKey = (serviceKey: string, field: ServiceField) => `${serviceKey}.${field}`;
export const requirementErrorKey = (serviceKey: string, requirementKey: string, field: RequirementField) =>
  `${serviceKey}.requirement.${requirementKey}.${field}`;

/** Keys for new rows: unique within the page. */
let nextKey = 0;
export const newRowKey = () => `row-${++nextKey}`;

export function newRequirement(): RequirementForm {
  return { key: newRowKey(), id: '', en: '' };
}

export function newService(): ServiceForm {
  return {
    key: newRowKey(),
    isNew: true,
    id: '',
    nameId: '',
    nameEn: '',
    averageMinutes: '15',
    requirements: [newRequirement()],
  };
}

export function servicesToForm(services: readonly Service[]): ServiceForm[] {
  return services.map((service) => ({
    key: newRowKey(),
    isNew: false,
    id: service.id,
    nameId: service.name.id,
    nameEn: service.name.en,
    averageMinutes: writeNumber(service.averageMinutes),
    requirements: service.requirements.map((requirement) => ({
      key: newRowKey(),
      id: requirement.id,
      en: requirement.en,
    })),
  }));
}

/**
 * The form's error key for a path of the service list (as zod or the API names it:
 * `services.1.requirements.0.en`); null when the form has no such field.
 */
export function serviceErrorKeyOf(path: string, forms: readonly ServiceForm[]): string | null {
  const inList = path.replace(/^services\.?/, '');
  if (inList === '') return 'list';
  const [index, field, subIndex, subField] = inList.split('.');
  const service = forms[Number(index)];
  if (!service) return 'list';
  if (field === 'id') return serviceErrorKey(service.key, 'id');
  if (field === 'name') return serviceErrorKey(service.key, subIndex === 'en' ? 'nameEn' : 'nameId');
  if (field === 'averageMinutes') return serviceErrorKey(service.key, 'averageMinutes');
  if (field === 'requirements') {
    const requirement = subIndex === undefined ? undefined : service.requirements[Number(subIndex)];
    if (!requirement) return serviceErrorKey(service.key, 'requirements');
    return requirementErrorKey(service.key, requirement.key, subField === 'en' ? 'en' : 'id');
  }
  return null;
}

export type ServicesResult = { ok: true; services: Service[] } | { ok: false; errors: FieldErrors };

/** The service list the form says, in its order, checked with the contract's schema. */
export function formToServices(forms: readonly ServiceForm[]): ServicesResult {
  const errors: FieldErrors = {};
  const services = forms.map((form) => {
    const minutes = readNumber(form.averageMinutes);
    if (minutes.kind !== 'number') errors[serviceErrorKey(form.key, 'averageMinutes')] = true;
    return {
      id: form.id.trim(),
      name: { id: form.nameId.trim(), en: form.nameEn.trim() },
      requirements: form.requirements.map((requirement) => ({
        id: requirement.id.trim(),
        en: requirement.en.trim(),
      })),
      averageMinutes: minutes.kind === 'number' ? minutes.value : Number.NaN,
    };
  });
  // The version is the page's business; any valid one checks the list.
  const parsed = updateServicesRequestSchema.safeParse({ expectedVersion: 0, services });
  if (!parsed.success) {
    for (const path of issuePaths(parsed.error.issues)) {
      const key = serviceErrorKeyOf(path, forms);
      if (key) errors[key] = true;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, services: parsed.data.services };
}

/** The list with the item at `from` moved to `to` (both within the list); the same list otherwise. */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const moved = [...list];
  const [item] = moved.splice(from, 1) as [T];
  moved.splice(to, 0, item);
  return moved;
}
