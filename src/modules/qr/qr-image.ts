// The PNG the members' app shows at the turnstile. Error correction M survives screen glare and a
// cracked screen without making the code dense; the 4-module quiet zone is what scanners expect.
//
// Speed (issue #6): qrcode's own PNG path draws 32-bit RGBA pixels and lets pngjs try five row
// filters per row at deflate level 9 (~25 ms a pass), and choosing the best of the eight QR masks
// costs a few ms more. Here qrcode builds the matrix (byte mode, one fixed mask — every mask is
// valid and every reader undoes whichever the format bits name) and the PNG is written directly
// as a 1-bit greyscale image (what a QR code is), deflated by node:zlib: well under a millisecond.
// Deflate level 1: ~110 µs less than the default level 6 for ~200 bytes more (1.47 KB against 1.26 KB).
import { crc32, deflateSync } from 'node:zlib'
import QRCode from 'qrcode'

// About 5-6 px per module for a ~200-character pass: sharp on a phone, small in the JSON response.
const WIDTH_PX = 360
const MARGIN_MODULES = 4
const MASK_PATTERN = 0
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Base64 of a PNG whose QR content is `content`, without a `data:` prefix. */
export async function renderQrPngBase64(content: string): Promise<string> {
  return renderQrPng(content).toString('base64')
}

export function renderQrPng(content: string): Buffer {
  const qr = QRCode.create([{ data: Buffer.from(content), mode: 'byte' }], { errorCorrectionLevel: 'M', maskPattern: MASK_PATTERN })
  const modules = qr.modules.size
  const total = modules + 2 * MARGIN_MODULES
  // Whole pixels per module, as qrcode's renderer does; the image is exactly that many modules wide.
  const scale = Math.max(1, Math.floor(WIDTH_PX / total))
  const size = total * scale
  const rowBytes = Math.ceil(size / 8)
  // One filter byte (0: none) then the row, 1 bit per pixel, 1 = white.
  const row = Buffer.alloc(1 + rowBytes)
  const raw = Buffer.alloc((1 + rowBytes) * size)
  for (let y = 0; y < total; y++) {
    row.fill(0)
    for (let x = 0; x < total; x++) {
      const inside = x >= MARGIN_MODULES && y >= MARGIN_MODULES && x < MARGIN_MODULES + modules && y < MARGIN_MODULES + modules
      const dark = inside && qr.modules.get(y - MARGIN_MODULES, x - MARGIN_MODULES)
      if (dark) continue
      for (let px = x * scale; px < (x + 1) * scale; px++) row[1 + (px >> 3)]! |= 0x80 >> (px & 7)
    }
    for (let dy = 0; dy < scale; dy++) row.copy(raw, (y * scale + dy) * (1 + rowBytes))
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale
  // compression, filter and interlace methods: 0
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 1 })), chunk('IEND', Buffer.alloc(0))])
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'latin1')
  data.copy(out, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}
