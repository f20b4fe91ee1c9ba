// The PNG the members' app shows at the turnstile. Error correction M survives screen glare and a
// cracked screen without making the code dense; the 4-module quiet zone is what scanners expect.
import QRCode from 'qrcode'

// About 5-6 px per module for a ~200-character pass: sharp on a phone, small in the JSON response.
const WIDTH_PX = 360

/** Base64 of a PNG whose QR content is `content`, without a `data:` prefix. */
export async function renderQrPngBase64(content: string): Promise<string> {
  const png = await QRCode.toBuffer(content, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: WIDTH_PX })
  return png.toString('base64')
}
