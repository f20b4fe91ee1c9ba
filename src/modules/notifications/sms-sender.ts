// SMS through Twilio's REST API (or anything speaking its Messages.json dialect at SMS_API_URL).
import type { Config } from '../../config.ts'
import type { Sender } from './notifier.ts'

export function createTwilioSender(sms: Config['sms']): Sender {
  const url = sms.apiUrl.replace('{}', encodeURIComponent(sms.twilioAccountSid))
  const authorization = `Basic ${Buffer.from(`${sms.twilioAccountSid}:${sms.twilioAuthToken}`).toString('base64')}`

  return {
    async send(to, message) {
      // The timeout covers the whole exchange, body included: a stalled provider must not hold
      // the member's request open.
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          authorization,
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: new URLSearchParams({ From: sms.twilioPhoneNumber, To: to.address, Body: message.sms }),
        signal: AbortSignal.timeout(sms.timeoutMs),
        redirect: 'error',
      })
      if (response.status === 201) {
        await response.body?.cancel()
        return
      }
      throw new Error(`SMS provider answered HTTP ${response.status}${await providerDetail(response)}`)
    },
    async close() {},
  }
}

// Twilio explains refusals as {code, message}; that is worth logging, the rest of the body is not.
async function providerDetail(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { code?: unknown; message?: unknown }
    const code = typeof body.code === 'number' || typeof body.code === 'string' ? ` ${body.code}` : ''
    const message = typeof body.message === 'string' ? ` ${body.message.slice(0, 200)}` : ''
    return code || message ? ` (provider error${code}:${message})` : ''
  } catch {
    return ''
  }
}
