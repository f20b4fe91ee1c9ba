// Columns added by migration 20261130_0008_member_passwords to tables declared in ../types.ts.
import type { Generated } from 'kysely'

export interface MemberPasswordColumns {
  /** argon2id; null until reception issues a temporary password. */
  password_hash: string | null
  /** True while the password is the one reception issued: the member must change it first. */
  is_password_temporary: Generated<boolean>
  preferred_language: string | null
}

export interface SessionRotationColumns {
  /** False for sessions started through the Flutter apps' dialect: refresh keeps the refresh token. */
  is_rotating: Generated<boolean>
}
