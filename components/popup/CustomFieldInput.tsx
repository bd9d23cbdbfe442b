import { useId } from 'react';
import { customInputOf, type CustomFieldDef } from '@/utils/popup/custom-fields';
import type { CustomInput } from '@/utils/storage/drafts';
import type { Problem } from '@/utils/popup/validate';
import { FieldProblem } from './FieldParts';
import { SelectField } from './SelectField';
import { TextField } from './TextField';

interface CustomFieldInputProps {
  field: CustomFieldDef;
  values: Record<string, CustomInput>;
  problem?: Problem;
  onChange: (value: CustomInput) => void;
}

/** One Syncro custom field, rendered by its type (syncro.md §7.4); unknown types are text. */
export function CustomFieldInput({ field, values, problem, onChange }: CustomFieldInputProps) {
  const id = useId();
  const value = customInputOf(field, values);
  const fieldKey = `custom:${field.name}`;
  const common = { label: field.label, problem, required: field.is_required, fieldKey };

  switch (field.field_type) {
    case 'checkbox':
      return (
        <div className="field check">
          <label>
            <input type="checkbox" checked={value === true} data-field={fieldKey} onChange={(event) => onChange(event.target.checked)} />
            {field.label}
          </label>
        </div>
      );
    case 'select':
      return (
        <SelectField
          {...common}
          placeholder
          value={typeof value === 'string' ? value : ''}
          onChange={onChange}
          options={field.options.map((option) => ({ value: option, label: option }))}
        />
      );
    case 'multiselect': {
      const chosen = Array.isArray(value) ? value : [];
      const toggle = (option: string, on: boolean) => onChange(on ? [...chosen, option] : chosen.filter((item) => item !== option));
      return (
        <fieldset
          className="field options"
          aria-required={field.is_required || undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          aria-invalid={problem ? true : undefined}
          data-field={fieldKey}
        >
          <legend>{field.label}</legend>
          {field.options.map((option) => (
            <label key={option} className="check">
              <input type="checkbox" checked={chosen.includes(option)} onChange={(event) => toggle(option, event.target.checked)} />
              {option}
            </label>
          ))}
          <FieldProblem id={`${id}-error`} problem={problem} />
        </fieldset>
      );
    }
    default: {
      const text = typeof value === 'string' ? value : '';
      const numeric = field.field_type === 'number' || field.field_type === 'currency';
      return <TextField {...common} value={text} onChange={onChange} type={field.field_type === 'date' ? 'date' : 'text'} inputMode={numeric ? 'decimal' : undefined} />;
    }
  }
}
