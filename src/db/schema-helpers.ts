// Column types that differ between the dialects, so one migration runs unchanged on both.
import { sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely } from 'kysely'

export type MigrationDialect = 'sqlite' | 'postgres'

export async function dialectOf(db: Kysely<unknown>): Promise<MigrationDialect> {
  const adapter = db.getExecutor().adapter.constructor.name
  return adapter.startsWith('Postgres') ? 'postgres' : 'sqlite'
}

export function columnTypes(dialect: MigrationDialect) {
  const pg = dialect === 'postgres'
  return {
    instant: pg ? sql`timestamptz` : sql`text`,
    date: pg ? sql`date` : sql`text`,
    boolean: pg ? sql`boolean` : sql`integer`,
    float: pg ? sql`double precision` : sql`real`,
    /** Integer primary key the app sees as `"id": 123`. */
    id<T extends string>(table: CreateTableBuilder<T, never>): CreateTableBuilder<T, 'id'> {
      return pg
        ? table.addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
        : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    },
    trueDefault: (c: ColumnDefinitionBuilder) => c.notNull().defaultTo(pg ? sql`true` : sql`1`),
  }
}
