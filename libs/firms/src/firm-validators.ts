import { registerDecorator, type ValidationOptions } from 'class-validator';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const upper = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;
export const upperEach = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? (value as unknown[]).map((v) => (typeof v === 'string' ? v.trim().toUpperCase() : v))
    : value;

/** `?x=a` and `?x=a&x=b` both become arrays. */
export const toArray = ({ value }: { value: unknown }) =>
  value === undefined || Array.isArray(value) ? value : [value];
export const toArrayUpper = ({ value }: { value: unknown }) => upperEach({ value: toArray({ value }) });

/** Query booleans: only the literal strings true/false; anything else stays and fails @IsBoolean. */
export const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export const ISO_COUNTRY = /^[A-Z]{2}$/;
export const ISO_CURRENCY = /^[A-Z]{3}$/;

export const currentYear = () => new Date().getFullYear();

/** Integer year in [min, max]; `max` may be a function so "this year" is read at validation time, not at boot. */
export function IsYearBetween(
  min: number,
  max: number | (() => number),
  options?: ValidationOptions,
): PropertyDecorator {
  const upTo = () => (typeof max === 'function' ? max() : max);
  return (target, propertyName) =>
    registerDecorator({
      name: 'isYearBetween',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) =>
          Number.isInteger(value) && (value as number) >= min && (value as number) <= upTo(),
        defaultMessage: (args) => `${args?.property} must be a year between ${min} and ${upTo()}`,
      },
    });
}
