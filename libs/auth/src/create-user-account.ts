import type { DataSource, EntityManager } from 'typeorm';
import type { Role } from '@app/common';
import { duplicateEmail, hashPassword } from './auth.service';
import { User } from './entities/user.entity';
import { passwordProblem } from './password-policy';

export interface NewUserAccount {
  email: string;
  password: string;
  name: string;
  role: Role;
  firmId?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Account creation outside self-registration: staff/admin via the CLI, and demo data (trusted addresses: verified). */
export async function createUserAccount(
  db: DataSource | EntityManager,
  input: NewUserAccount,
): Promise<User> {
  const problem = passwordProblem(input.password);
  if (problem) throw new Error(problem);
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email)) throw new Error('email must be a valid e-mail address');
  if (!input.name.trim()) throw new Error('name must not be empty');
  const passwordHash = await hashPassword(input.password);
  const manager = 'manager' in db ? db.manager : db;
  return manager.transaction(async (tx) => {
    const taken = await tx
      .createQueryBuilder(User, 'u')
      .where('lower(u.email) = :email', { email })
      .getExists();
    if (taken) throw duplicateEmail();
    const now = new Date();
    return tx.save(
      tx.create(User, {
        email,
        name: input.name.trim(),
        role: input.role,
        firmId: input.firmId ?? null,
        passwordHash,
        passwordChangedAt: now,
        emailVerifiedAt: now,
      }),
    );
  });
}
