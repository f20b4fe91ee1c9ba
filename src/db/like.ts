// Substring search that behaves the same on both dialects: LIKE is case-sensitive on PostgreSQL
// and not on SQLite, so both sides are lower-cased; `!` escapes the wildcards, so a search for
// "50%" means those characters.
import { sql } from 'kysely'

export const containsPattern = (term: string): string => `%${term.replace(/[!%_]/g, '!$&')}%`

export const likeIgnoringCase = (column: string, pattern: string) =>
  sql<boolean>`lower(${sql.ref(column)}) like lower(${pattern}) escape '!'`
