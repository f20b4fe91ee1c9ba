// Validators and serializers are compiled when a route first uses them, not at start. Fastify
// compiles every route's schemas before it listens (an ajv validator per request part and a
// fast-json-stringify serializer per response status, twice for GET routes because of their HEAD
// twins): about 0.9 s of CPU and several MB of generated code for ~150 routes, most of which a
// freshly started server never serves. Each route still validates and serializes by its schema;
// the first request of a route pays a few milliseconds to compile it. See bench/startup.ts.
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler'
import type { FastifyServerOptions } from 'fastify'

// Any compiled function: ajv's validators, the body wrapper of validation.ts, fast-json-stringify's serializers.
type Compiled = (...args: any[]) => unknown
type Validator = { errors?: unknown; schemaEnv?: unknown }

/**
 * A function that compiles itself on its first call. Ajv's `errors` are copied after each call,
 * and `schemaEnv` (which tells Fastify that ajv may replace a coerced root value) is read from the
 * compiled validator, so Fastify treats the wrapper as it would the validator itself.
 */
export function compileOnFirstUse<F extends Compiled>(compile: () => F): F {
  let compiled: (F & Validator) | undefined
  const get = () => (compiled ??= compile() as F & Validator)
  const wrapper = (...args: unknown[]) => {
    const fn = get()
    const result = fn(...args)
    wrapper.errors = fn.errors
    return result
  }
  wrapper.errors = undefined as unknown
  Object.defineProperty(wrapper, 'schemaEnv', { get: () => get().schemaEnv })
  return wrapper as unknown as F
}

type BuildSerializer = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>['buildSerializer']

const buildSerializer = SerializerSelector()

/** Fastify's own serializer compiler (fast-json-stringify, with the shared schemas), deferred per response. */
export const lazySerializers: BuildSerializer = (externalSchemas, options) => {
  const compile = buildSerializer(externalSchemas, options)
  return (route) => compileOnFirstUse(() => compile(route))
}
