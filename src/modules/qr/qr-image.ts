// The PNG the members' app shows at the turnstile. Error correction M survives screen glare and a
// cracked screen without making the code dense; the 4-module quiet zone is what scanners expect.
//
// Speed (issue #6): qrcode's own PNG path draws 32-bit RGBA pixels and lets pngjs try five row
// filters per row at deflate level 9 (~25 ms a pass), and choosing the best of the eight QR masks
// costs a few ms more. Here qrcode builds the matrix (byte mode, one fixed mask — every mask is
// valid and every reader undoes whichever the format bits name) and the PNG is written directly
// as a 1-bit greyscale image (what a QR code is), deflated by node:zlib: well under a millisecond.
// Deflate level 1: ~110 µs less than the default level 6 for ~200 bytes more.
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
  // Each image row is a filter byte then the pixels, 1 bit each, 1 = white. The first pixel row of
  // a module row is written as is (filter 0); the next `scale - 1` repeat it, so they are written
  // with filter 2 ("up": each byte minus the one above) as all zeros, which deflate takes in long
  // runs (half the time of deflating the repeated rows themselves).
  const stride = 1 + rowBytes
  const raw = Buffer.alloc(stride * size)
  const data = qr.modules.data
  const white = whiteBits(total, scale, rowBytes)
  for (let y = 0; y < total; y++) {
    const first = y * scale * stride + 1
    const my = y - MARGIN_MODULES
    for (let x = 0; x < total; x++) {
      const mx = x - MARGIN_MODULES
      const dark = my >= 0 && mx >= 0 && my < modules && mx < modules && data[my * modules + mx] === 1
      if (dark) continue
      const bits = white[x]!
      for (let i = 0; i < bits.length; i += 2) raw[first + bits[i]!]! |= bits[i + 1]!
    }
    for (let dy = 1; dy < scale; dy++) raw[first - 1 + dy * stride] = 2
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale
  // compression, filter and interlace methods: 0
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 1 })), chunk('IEND', Buffer.alloc(0))])
}

/** For each module of a row: pairs of (byte of the row, bits of that byte) its `scale` pixels cover. */
const whiteBitsCache = new Map<string, number[][]>()
function whiteBits(total: number, scale: number, rowBytes: number): number[][] {
  const key = `${total} ${scale}`
  let found = whiteBitsCache.get(key)
  if (!found) {
    found = []
    for (let x = 0; x < total; x++) {
      const bytes = new Uint8Array(rowBytes)
      for (let px = x * scale; px < (x + 1) * scale; px++) bytes[px >> 3]! |= 0x80 >> (px & 7)
      const pairs: number[] = []
      bytes.forEach((bits, index) => bits && pairs.push(index, bits))
      found.push(pairs)
    }
    whiteBitsCache.set(key, found)
  }
  return found
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'latin1')
  data.copy(out, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}
