// Reads QR codes from the camera: the browser's BarcodeDetector where it exists (Chrome on
// Android, macOS, ChromeOS), otherwise jsQR on frames drawn into a canvas, loaded only when needed.
export interface Scanner { stop(): void }

interface Detector { detect(source: CanvasImageSource): Promise<{ rawValue: string }[]> }
declare global {
  interface Window { BarcodeDetector?: { new (o: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> } }
}

async function nativeDetector(): Promise<Detector | null> {
  const BD = window.BarcodeDetector
  if (!BD) return null
  try {
    return (await BD.getSupportedFormats()).includes('qr_code') ? new BD({ formats: ['qr_code'] }) : null
  } catch {
    return null
  }
}

export async function startScanner(video: HTMLVideoElement, onCode: (code: string) => void): Promise<Scanner> {
  const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
  video.srcObject = stream
  await video.play()
  const native = await nativeDetector()
  const jsQR = native ? null : (await import('jsqr')).default
  const canvas = document.createElement('canvas')
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!
  let running = true
  let timer: ReturnType<typeof setTimeout> | undefined

  const tick = async () => {
    if (!running) return
    try {
      if (video.readyState >= 2 && video.videoWidth) {
        if (native) {
          const [hit] = await native.detect(video)
          if (hit?.rawValue) onCode(hit.rawValue)
        } else if (jsQR) {
          canvas.width = video.videoWidth
          canvas.height = video.videoHeight
          ctx.drawImage(video, 0, 0)
          const frame = ctx.getImageData(0, 0, canvas.width, canvas.height)
          const hit = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' })
          if (hit?.data) onCode(hit.data)
        }
      }
    } catch {
      // A frame that cannot be read is skipped.
    }
    timer = setTimeout(() => void tick(), 200)
  }
  void tick()
  return {
    stop() {
      running = false
      clearTimeout(timer)
      for (const track of stream.getTracks()) track.stop()
      video.srcObject = null
    },
  }
}
