import { type RefObject, useEffect, useState } from 'react';
import { createFreezeWatch } from '../call/freeze-watch';

const sampleEveryMs = 500;

/**
 * Whether the remote video stopped getting new frames while it should be playing. Counts frames
 * both ways a browser offers (presented frames through requestVideoFrameCallback, decoded ones
 * through getVideoPlaybackQuality): a live MediaStream's currentTime keeps running when its
 * frames stop, so the clock alone would never show a stall.
 */
export function useFrozenVideo(videoRef: RefObject<HTMLVideoElement | null>, watching: boolean): boolean {
  const [frozen, setFrozen] = useState(false);

  useEffect(() => {
    const video = videoRef.current;
    // The previous run's cleanup already cleared `frozen`.
    if (!watching || video === null) return;
    const watch = createFreezeWatch();
    let presented = 0;
    // Not in every browser yet; the decoded-frame count then does the work alone.
    const canCountFrames = 'requestVideoFrameCallback' in video;
    let frameHandle: number | undefined;
    const onFrame = () => {
      presented += 1;
      frameHandle = video.requestVideoFrameCallback(onFrame);
    };
    if (canCountFrames) frameHandle = video.requestVideoFrameCallback(onFrame);
    const timer = setInterval(() => {
      // A hidden page may stop painting video; that is not the network's fault.
      if (document.hidden) {
        watch.reset();
        return;
      }
      const decoded = video.getVideoPlaybackQuality().totalVideoFrames;
      setFrozen(watch.sample(presented + decoded, performance.now()));
    }, sampleEveryMs);
    return () => {
      clearInterval(timer);
      if (frameHandle !== undefined) video.cancelVideoFrameCallback(frameHandle);
      setFrozen(false);
    };
  }, [videoRef, watching]);

  return frozen;
}
