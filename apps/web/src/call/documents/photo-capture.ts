// A still photo of a paper document from the rear camera, at the camera's full resolution: the
// call's video may be at its lowest layer, the photo stays legible. ImageCapture.takePhoto where
// the browser has it (the sensor's own still), else the largest frame of the stream on a canvas.

/** Asks for the rear camera at the largest size it gives. */
export function openDocumentCamera(): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({
    audio: false,
    video: {
      facingMode: { ideal: 'environment' },
      width: { ideal: 4096 },
      height: { ideal: 4096 },
    },
  });
}

interface PhotoCapabilitiesLike {
  imageWidth?: { max?: number };
  imageHeight?: { max?: number };
}

interface ImageCaptureLike {
  getPhotoCapabilities?(): Promise<PhotoCapabilitiesLike>;
  takePhoto(settings?: { imageWidth?: number; imageHeight?: number }): Promise<Blob>;
}

type ImageCaptureConstructor = new (track: MediaStreamTrack) => ImageCaptureLike;

async function takeWithImageCapture(track: MediaStreamTrack): Promise<Blob | null> {
  const ImageCapture = (globalThis as { ImageCapture?: ImageCaptureConstructor }).ImageCapture;
  if (ImageCapture === undefined) return null;
  try {
    const capture = new ImageCapture(track);
    const capabilities = await capture.getPhotoCapabilities?.().catch(() => undefined);
    const imageWidth = capabilities?.imageWidth?.max;
    const imageHeight = capabilities?.imageHeight?.max;
    const blob = await capture.takePhoto(imageWidth && imageHeight ? { imageWidth, imageHeight } : undefined);
    return blob.size > 0 ? blob : null;
  } catch {
    // Some cameras refuse stills while streaming; the frame below is the fallback.
    return null;
  }
}

/** Draws the video's current frame at its full size and encodes it as JPEG. */
export function captureFrame(video: HTMLVideoElement, quality = 0.92): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext('2d');
  if (context === null || canvas.width === 0) return Promise.reject(new Error('no camera frame yet'));
  context.drawImage(video, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the frame could not be encoded'))),
      'image/jpeg',
      quality,
    ),
  );
}

/** Takes the photo from an open camera stream shown in `video`. */
export async function takeDocumentPhoto(stream: MediaStream, video: HTMLVideoElement): Promise<Blob> {
  const [track] = stream.getVideoTracks();
  if (track === undefined) throw new Error('the camera stream has no video');
  return (await takeWithImageCapture(track)) ?? captureFrame(video);
}

/** A file name for a photo taken now: `dokumen-20261203-141502.jpg`. */
export function photoFileName(type: string, at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}-${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  const extension = type === 'image/png' ? 'png' : type === 'image/webp' ? 'webp' : 'jpg';
  return `dokumen-${stamp}.${extension}`;
}
