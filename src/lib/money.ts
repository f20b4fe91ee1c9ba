// The one definition of a money amount in the API, so every field that carries one (a plan's
// price, a sale's amount, a discount, a freeze's cost) takes the same values: a plan that can be
// priced can also be sold at its price.
import Type from 'typebox'

/** The largest amount the API accepts: 10,000,000.00 in major units; fits a 32-bit integer column. */
export const MAX_MINOR_UNITS = 1_000_000_000

const UNIT = 'integer minor units (e.g. piastres: 50000 = 500.00)'

/** An amount of money in integer minor units, 0 up to MAX_MINOR_UNITS. */
export const MinorUnits = (description?: string) =>
  Type.Integer({ minimum: 0, maximum: MAX_MINOR_UNITS, description: description ? `${description}; ${UNIT}` : UNIT })

/** An amount that must move some money: 1 up to MAX_MINOR_UNITS. */
export const PositiveMinorUnits = (description?: string) =>
  Type.Integer({ minimum: 1, maximum: MAX_MINOR_UNITS, description: description ? `${description}; ${UNIT}` : UNIT })

/** How money is paid: cash, network (the card terminal) or transfer. */
export const PaymentMethodSchema = (description?: string) => Type.Enum(['cash', 'network', 'transfer'], description ? { description } : {})
