import { useEffect, useRef } from 'react';

interface CameraPreviewProps {
  stream: MediaStream;
  /** Shown as in a mirror: the front camera of a phone, or a desk's webcam. */
  mirrored: boolean;
  label: string;
}

/** The camera's live picture, muted (the microphone has its own meter). */
export function CameraPreview({ stream, mirrored, label }: CameraPreviewProps) {
  const video = useRef<HTMLVideoElement | null>(null);
  useEffect(() => {
    const element = video.current;
    if (!element) return;
    element.srcObject = stream;
    element.play().catch(() => {
      // Autoplay of a muted video is allowed; a refusal leaves the first frame, still useful.
    });
    return () => {
      element.srcObject = null;
    };
  }, [stream]);
  return (
    <video
      ref={video}
      className={`device-preview${mirrored ? ' device-preview-mirrored' : ''}`}
      aria-label={label}
      data-testid="camera-preview"
      autoPlay
      muted
      playsInline
    />
  );
}
