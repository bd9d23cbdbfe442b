import { describe, expect, it } from 'vitest';
import { coerceCustomField, customInputOf, toYmd, type CustomFieldDef } from './custom-fields';

const field = (field_type: string, extra: Partial<CustomFieldDef> = {}): CustomFieldDef =>
  ({ name: 'f', label: 'F', field_type, options: [], is_required: false, ...extra }) as CustomFieldDef;

describe('custom-field coercion (syncro.md §7.4)', () => {
  it('number and currency become numbers, typed the Brazilian or the American way', () => {
    expect(coerceCustomField(field('number'), '12')).toEqual({ value: 12 });
    expect(coerceCustomField(field('currency'), '1.500,50')).toEqual({ value: 1500.5 });
    expect(coerceCustomField(field('currency'), 'muito')).toEqual({ problem: 'number' });
  });

  it('dates become YYYY-MM-DD, and impossible dates are refused', () => {
    expect(coerceCustomField(field('date'), '2026-07-01')).toEqual({ value: '2026-07-01' });
    expect(coerceCustomField(field('date'), '1/7/2026')).toEqual({ value: '2026-07-01' });
    expect(coerceCustomField(field('date'), '31/02/2026')).toEqual({ problem: 'date' });
    expect(toYmd('2026-13-01')).toBeNull();
  });

  it('checkboxes are booleans; an unticked one is sent only when required', () => {
    expect(coerceCustomField(field('checkbox'), true)).toEqual({ value: true });
    expect(coerceCustomField(field('checkbox'), false)).toEqual({ value: null });
    expect(coerceCustomField(field('checkbox', { is_required: true }), false)).toEqual({ value: false });
  });

  it('multiselect is a list of known options; select must be one of them', () => {
    const options = ['Produtos', 'Consultoria'];
    expect(coerceCustomField(field('multiselect', { options }), ['Consultoria', 'Hack'])).toEqual({ value: ['Consultoria'] });
    expect(coerceCustomField(field('select', { options }), 'Produtos')).toEqual({ value: 'Produtos' });
    expect(coerceCustomField(field('select', { options }), 'Outro')).toEqual({ problem: 'option' });
  });

  it('empty is not sent, unless the field is required', () => {
    expect(coerceCustomField(field('text'), '  ')).toEqual({ value: null });
    expect(coerceCustomField(field('text', { is_required: true }), '  ')).toEqual({ problem: 'required' });
    expect(coerceCustomField(field('multiselect', { is_required: true, options: ['a'] }), [])).toEqual({ problem: 'required' });
  });

  it('repairs a drafted value of the wrong kind to the field’s empty value', () => {
    expect(customInputOf(field('checkbox'), { f: 'yes' })).toBe(false);
    expect(customInputOf(field('multiselect'), { f: 'a' })).toEqual([]);
    expect(customInputOf(field('text'), { f: 'ok' })).toBe('ok');
  });
});
