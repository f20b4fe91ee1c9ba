// Page-number pagination for staff lists: ?page=1&per_page=20 (at most 100).
import Type, { type TSchema } from 'typebox'

export const PageQuery = {
  page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
  per_page: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
}

export const PageOf = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    per_page: Type.Integer(),
    pages: Type.Integer(),
  })

export const pageOffset = (q: { page: number; per_page: number }) => (q.page - 1) * q.per_page

export function pageResult<T>(items: T[], total: number, q: { page: number; per_page: number }) {
  return { items, total, page: q.page, per_page: q.per_page, pages: Math.ceil(total / q.per_page) }
}
