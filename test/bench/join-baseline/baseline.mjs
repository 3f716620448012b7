// The baseline join: a Room with livekit-client's defaults, camera and microphone published, the
// remote video attached to a <video> (the bench times its first frame from outside).
import { Room, RoomEvent, Track } from '/livekit-client.mjs';

let room = null;

window.baselineJoin = async (url, token) => {
  const video = document.getElementById('remote');
  room = new Room();
  room.on(RoomEvent.TrackSubscribed, (track) => {
    if (track.kind === Track.Kind.Video) track.attach(video);
    // The sound plays through an <audio> element livekit-client makes, as the call page's does.
    else if (track.kind === Track.Kind.Audio) document.body.append(track.attach());
  });
  await room.connect(url, token);
  await room.localParticipant.enableCameraAndMicrophone();
};

window.baselineLeave = async () => {
  await room?.disconnect();
  room = null;
};

window.baselineReady = true;
