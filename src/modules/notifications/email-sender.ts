// Email over SMTP. One transporter, built on first use so a service that never sends email
// never opens a connection (or fails start-up over an unreachable mail server). nodemailer itself
// is loaded then too (~10 MB and ~100 ms at start for a service that may never send).
import type { Transporter } from 'nodemailer'
import type { SMTPTransportOptions } from 'nodemailer/lib/smtp-transport'
import type { Config } from '../../config.ts'
import type { Sender } from './notifier.ts'

export function smtpOptions(email: Config['email']): SMTPTransportOptions {
  // Port 465 speaks TLS from the first byte; everywhere else SMTP_STARTTLS decides between a
  // mandatory upgrade and none at all (never "upgrade if offered", which an attacker can strip).
  const implicitTls = email.smtpPort === 465
  return {
    host: email.smtpServer,
    port: email.smtpPort,
    secure: implicitTls,
    requireTLS: !implicitTls && email.smtpStarttls,
    ignoreTLS: !implicitTls && !email.smtpStarttls,
    auth: email.senderPassword ? { user: email.senderEmail, pass: email.senderPassword } : undefined,
    // A mail server that accepts the connection and never answers fails the send after this.
    connectionTimeout: email.timeoutMs,
    greetingTimeout: email.timeoutMs,
    socketTimeout: email.timeoutMs,
    dnsTimeout: email.timeoutMs,
  }
}

export function createSmtpSender(email: Config['email']): Sender {
  let transporter: Transporter | undefined

  return {
    async send(to, message) {
      if (!transporter) {
        const { default: nodemailer } = await import('nodemailer')
        transporter ??= nodemailer.createTransport(smtpOptions(email))
      }
      await transporter.sendMail({
        from: email.senderEmail,
        to: { name: headerSafe(to.name), address: to.address },
        subject: message.subject,
        text: message.text,
        html: message.html,
        // Non-ASCII names (Arabic, say) would otherwise pick base64; quoted-printable keeps the code
        // legible in the raw message for anyone debugging delivery.
        textEncoding: 'quoted-printable',
      })
    },
    async close() {
      transporter?.close()
      transporter = undefined
    },
  }
}

// Member names end up in the To header; line breaks there would let a name inject headers.
function headerSafe(name: string): string {
  return name.replace(/[\p{Cc}\p{Cf}]/gu, ' ').trim()
}
