// Staff accounts: list, create, read, update, deactivate/activate, reset password. Owners and
// branch managers only; a manager's view and reach end at their own branch.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import Type from 'typebox'
import { staff, staffActor } from '../../http/access.ts'
import { ErrorEnvelope, success, SuccessEnvelope } from '../../lib/envelope.ts'
import { PageOf } from '../../lib/pagination.ts'
import { CreateUserBody, ResetPasswordBody, UpdateUserBody, UserIdParams, UserListQuery, UserSchema } from '../../modules/staff/users.schemas.ts'
import * as users from '../../modules/staff/users.service.ts'
import type { Services } from '../../services.ts'

const tags = ['Staff: users']
const access = staff('owner', 'branch_manager')
const errors = { 400: ErrorEnvelope, 401: ErrorEnvelope, 403: ErrorEnvelope, 404: ErrorEnvelope }
const writeErrors = { ...errors, 409: ErrorEnvelope, 422: ErrorEnvelope }

export const usersRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, { services }) => {
  const { db } = services.database
  const deps: users.UserDeps = { db, clock: services.clock, config: services.config, sessions: services.sessions }

  app.get('/', {
    config: { access },
    schema: { tags, summary: 'Staff accounts (a manager sees their own branch)', querystring: UserListQuery, response: { 200: SuccessEnvelope(PageOf(UserSchema)), ...errors } },
  }, async (request) => success(await users.listUsers(db, staffActor(request), request.query)))

  app.post('/', {
    config: { access },
    schema: { tags, summary: 'Create a staff account ranked below your own', body: CreateUserBody, response: { 201: SuccessEnvelope(UserSchema), ...writeErrors } },
  }, async (request, reply) => {
    reply.status(201)
    return success(await users.createUser(deps, staffActor(request), request.body), 'User created')
  })

  app.get('/:id', {
    config: { access },
    schema: { tags, summary: 'One staff account', params: UserIdParams, response: { 200: SuccessEnvelope(UserSchema), ...errors } },
  }, async (request) => success(await users.getUser(db, staffActor(request), request.params.id)))

  app.put('/:id', {
    config: { access },
    schema: {
      tags, summary: 'Update name, contact, role or branch; a role change signs the account out everywhere',
      params: UserIdParams, body: UpdateUserBody, response: { 200: SuccessEnvelope(UserSchema), ...writeErrors },
    },
  }, async (request) => success(await users.updateUser(deps, staffActor(request), request.params.id, request.body), 'User updated'))

  app.post('/:id/deactivate', {
    config: { access },
    schema: {
      tags, summary: 'Deactivate an account and end its sessions', params: UserIdParams,
      body: Type.Object({}, { additionalProperties: false }), response: { 200: SuccessEnvelope(UserSchema), ...writeErrors },
    },
  }, async (request) => success(await users.setUserActive(deps, staffActor(request), request.params.id, false), 'User deactivated'))

  app.post('/:id/activate', {
    config: { access },
    schema: {
      tags, summary: 'Activate an account again', params: UserIdParams,
      body: Type.Object({}, { additionalProperties: false }), response: { 200: SuccessEnvelope(UserSchema), ...writeErrors },
    },
  }, async (request) => success(await users.setUserActive(deps, staffActor(request), request.params.id, true), 'User activated'))

  app.post('/:id/reset-password', {
    config: { access },
    schema: {
      tags, summary: "Set a new password for an account ranked below yours; its sessions end", params: UserIdParams, body: ResetPasswordBody,
      response: { 200: SuccessEnvelope(Type.Object({ user: UserSchema, sessions_ended: Type.Integer() })), ...writeErrors },
    },
  }, async (request) => success(await users.resetUserPassword(deps, staffActor(request), request.params.id, request.body.new_password), 'Password reset'))
}
