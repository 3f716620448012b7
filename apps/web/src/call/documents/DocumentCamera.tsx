import { useEffect, useRef, useState } from 'react';
import { useCallToolsT } from '../chat/useCallToolsT';
import { openDocumentCamera, takeDocumentPhoto } from './photo-capture';
import { scrollIntoView } from './scroll-into-view';

interface DocumentCameraProps {
  onPhoto(blob: Blob): void;
  onClose(): void;
}

/** The rear camera's view to aim at a document, and the button that takes the still. */
export function DocumentCamera({ onPhoto, onClose }: DocumentCameraProps) {
  const { tt } = useCallToolsT();
  const videoRef = useRef<HTMLVideoElement | null>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const [ready, setReady] = useState(false);
  const [taking, setTaking] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    openDocumentCamera().then(
      (stream) => {
        if (!live) {
          for (const track of stream.getTracks()) track.stop();
          return;
        }
        streamRef.current = stream;
        if (videoRef.current) videoRef.current.srcObject = stream;
      },
      () => live && setFailed(true),
    );
    return () => {
      live = false;
      for (const track of streamRef.current?.getTracks() ?? []) track.stop();
      streamRef.current = null;
    };
  }, []);

  const take = () => {
    const stream = streamRef.current;
    const video = videoRef.current;
    if (!stream || !video) return;
    setTaking(true);
    takeDocumentPhoto(stream, video).then(
      (blob) => {
        setTaking(false);
        onPhoto(blob);
      },
      () => {
        setTaking(false);
        setFailed(true);
      },
    );
  };

  return (
    <div className="doc-camera" data-testid="doc-camera" ref={scrollIntoView}>
      {failed ? (
        <p className="notice notice-error" role="alert">
          {tt('docs.photoFailed')}
        </p>
      ) : (
        <video
          ref={videoRef}
          className="doc-camera-view"
          autoPlay
          playsInline
          muted
          onLoadedMetadata={() => setReady(true)}
        />
      )}
      <div className="doc-actions">
        {!failed && (
          <button
            type="button"
            className="button"
            onClick={take}
            disabled={!ready || taking}
            data-testid="doc-camera-take"
          >
            {tt(taking ? 'docs.photoTaking' : 'docs.photo')}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={onClose}>
          {tt('tools.hide')}
        </button>
      </div>
    </div>
  );
}
