import { registerDecorator, type ValidationOptions } from 'class-validator';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

// Long-enough entries from breached-password top lists, plus local favourites.
const COMMON_PASSWORDS = new Set([
  '1234567890',
  '0123456789',
  '12345678910',
  '1234567891',
  '123456789a',
  'a123456789',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'qwerty1234',
  'qwerty12345',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'iloveyou12',
  'abcdefghij',
  'abcd123456',
  'abc1234567',
  '1111111111',
  '0000000000',
  'aaaaaaaaaa',
  'asdfghjkl1',
  'zxcvbnm123',
  'football12',
  'baseball12',
  'superman12',
  'letmein123',
  'welcome123',
  'admin12345',
  'administrator',
  'changeme123',
  'trustno1234',
  'sunshine12',
  'princess12',
  'dragon1234',
  'monkey1234',
  'master1234',
  'starwars12',
  'whatever12',
  'qazwsxedc1',
  'q1w2e3r4t5',
  'korea12345',
  'seoul12345',
  'samsung123',
  'sarang1234',
  'saranghae1',
  'consortium',
  'smartcity1',
  'smartcity123',
  'password!1',
  'p@ssw0rd123',
]);

/** Returns a reason the password is refused, or null when it is acceptable. */
export function passwordProblem(password: unknown): string | null {
  if (typeof password !== 'string') return 'password must be a string';
  if (password.length < MIN_PASSWORD_LENGTH)
    return `password must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH)
    return `password must be at most ${MAX_PASSWORD_LENGTH} characters`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password))
    return 'password is too common; choose another';
  return null;
}

export function IsStrongPassword(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isStrongPassword',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => passwordProblem(value) === null,
        defaultMessage: (args) => passwordProblem(args?.value) ?? 'password is invalid',
      },
    });
}
