// The device check's own messages, Bahasa Indonesia first: loaded with its lazy chunk, so the
// citizen's first download does not carry them. Looked up through `useDeviceCheckT`.

export const deviceCheckId = {
  'deviceCheck.heading': 'Persiapan panggilan video',
  'deviceCheck.intro': 'Sambil menunggu, pastikan kamera, mikrofon, pengeras suara, dan sambungan Anda siap.',
  'deviceCheck.open': 'Periksa kamera & mikrofon',
  'deviceCheck.close': 'Selesai memeriksa',
  'deviceCheck.panelHeading': 'Kamera, mikrofon & pengeras suara',
  'deviceCheck.saved': 'Pilihan Anda disimpan dan dipakai saat panggilan dimulai.',

  'deviceCheck.network.heading': 'Sambungan internet',
  'deviceCheck.network.checking': 'Memeriksa sambungan…',
  'deviceCheck.network.notYet': 'Sambungan belum diperiksa.',
  'deviceCheck.network.video': 'Sambungan Anda cukup untuk video.',
  'deviceCheck.network.audio_only':
    'Sambungan lemah: panggilan kemungkinan hanya suara. Panggilan akan dimulai tanpa video.',
  'deviceCheck.network.too_weak':
    'Sambungan sangat lemah: suara mungkin terputus-putus. Coba pindah ke tempat dengan sinyal lebih baik atau gunakan Wi-Fi.',
  'deviceCheck.network.offline':
    'Anda sedang tidak terhubung ke internet. Periksa data seluler atau Wi-Fi Anda.',
  'deviceCheck.network.figures': 'Unduh {down} · unggah {up} · jeda {rtt} ms',
  'deviceCheck.network.checkedAt': 'Diperiksa pukul {time}.',
  'deviceCheck.network.again': 'Periksa sambungan lagi',
  'deviceCheck.network.refused': 'Pemeriksaan sambungan belum bisa dilakukan sekarang.',
  'deviceCheck.network.tooOften': 'Sambungan baru saja diperiksa. Coba lagi dalam {seconds} detik.',

  'deviceCheck.camera.heading': 'Kamera',
  'deviceCheck.camera.preview': 'Pratinjau kamera Anda',
  'deviceCheck.camera.starting': 'Menyalakan kamera…',
  'deviceCheck.camera.choose': 'Pilih kamera',
  'deviceCheck.camera.unnamed': 'Kamera {number}',
  'deviceCheck.camera.facing': 'Arah kamera',
  'deviceCheck.camera.front': 'Kamera depan',
  'deviceCheck.camera.rear': 'Kamera belakang',

  'deviceCheck.mic.heading': 'Mikrofon',
  'deviceCheck.mic.choose': 'Pilih mikrofon',
  'deviceCheck.mic.unnamed': 'Mikrofon {number}',
  'deviceCheck.mic.level': 'Tingkat suara mikrofon',
  'deviceCheck.mic.hint': 'Ucapkan sesuatu: batang hijau harus bergerak.',

  'deviceCheck.speaker.heading': 'Pengeras suara',
  'deviceCheck.speaker.play': 'Putar bunyi uji',
  'deviceCheck.speaker.playing': 'Memutar bunyi…',
  'deviceCheck.speaker.question': 'Apakah Anda mendengar bunyi?',
  'deviceCheck.speaker.yes': 'Ya, terdengar',
  'deviceCheck.speaker.no': 'Tidak terdengar',
  'deviceCheck.speaker.ok': 'Pengeras suara berfungsi.',
  'deviceCheck.speaker.help':
    'Naikkan volume dengan tombol samping ponsel, matikan mode senyap, atau pasang earphone, lalu putar lagi.',
  'deviceCheck.speaker.failed': 'Bunyi uji tidak dapat diputar di browser ini.',

  'deviceCheck.audioOnly.label': 'Mulai panggilan dengan suara saja (hemat kuota)',
  'deviceCheck.audioOnly.hint': 'Video dapat dinyalakan lagi selama panggilan.',

  'deviceCheck.problem.denied.title': 'Izin kamera atau mikrofon ditolak',
  'deviceCheck.problem.denied.body':
    'Petugas perlu melihat dan mendengar Anda. Di Chrome Android: ketuk ikon gembok atau ikon info di kiri alamat situs, pilih Izin, nyalakan Kamera dan Mikrofon, lalu muat ulang halaman ini. Di komputer: klik ikon kamera di bilah alamat dan pilih Izinkan.',
  'deviceCheck.problem.missing.title': 'Kamera atau mikrofon tidak ditemukan',
  'deviceCheck.problem.missing.body':
    'Pastikan perangkat Anda punya kamera dan mikrofon yang tersambung. Tanpa kamera, panggilan tetap bisa dengan suara saja.',
  'deviceCheck.problem.busy.title': 'Kamera atau mikrofon sedang dipakai',
  'deviceCheck.problem.busy.body':
    'Tutup aplikasi lain yang memakai kamera (misalnya WhatsApp atau aplikasi kamera), lalu coba lagi.',
  'deviceCheck.problem.insecure.title': 'Browser tidak mengizinkan kamera di halaman ini',
  'deviceCheck.problem.insecure.body':
    'Buka Virtual Plaza lewat alamat yang diawali https://, atau gunakan Chrome versi terbaru.',
  'deviceCheck.problem.failed.title': 'Kamera atau mikrofon tidak dapat dinyalakan',
  'deviceCheck.problem.failed.body': 'Coba lagi. Jika tetap gagal, muat ulang halaman ini.',
  'deviceCheck.problem.retry': 'Coba lagi',
  'deviceCheck.camera.problem': 'Kamera: {problem}',
  'deviceCheck.mic.problem': 'Mikrofon: {problem}',
} as const;

export type DeviceCheckMessageKey = keyof typeof deviceCheckId;

export const deviceCheckEn: Record<DeviceCheckMessageKey, string> = {
  'deviceCheck.heading': 'Getting ready for the video call',
  'deviceCheck.intro': 'While you wait, make sure your camera, microphone, speaker and connection are ready.',
  'deviceCheck.open': 'Check camera & microphone',
  'deviceCheck.close': 'Done checking',
  'deviceCheck.panelHeading': 'Camera, microphone & speaker',
  'deviceCheck.saved': 'Your choices are saved and used when the call starts.',

  'deviceCheck.network.heading': 'Internet connection',
  'deviceCheck.network.checking': 'Checking your connection…',
  'deviceCheck.network.notYet': 'The connection has not been checked yet.',
  'deviceCheck.network.video': 'Your connection is good enough for video.',
  'deviceCheck.network.audio_only':
    'Weak connection: the call will probably be audio only. It will start without video.',
  'deviceCheck.network.too_weak':
    'Very weak connection: the sound may break up. Try moving to a place with better signal or use Wi-Fi.',
  'deviceCheck.network.offline': 'You are not connected to the internet. Check your mobile data or Wi-Fi.',
  'deviceCheck.network.figures': 'Download {down} · upload {up} · delay {rtt} ms',
  'deviceCheck.network.checkedAt': 'Checked at {time}.',
  'deviceCheck.network.again': 'Check the connection again',
  'deviceCheck.network.refused': 'The connection cannot be checked right now.',
  'deviceCheck.network.tooOften': 'The connection was just checked. Try again in {seconds} seconds.',

  'deviceCheck.camera.heading': 'Camera',
  'deviceCheck.camera.preview': 'Preview of your camera',
  'deviceCheck.camera.starting': 'Turning the camera on…',
  'deviceCheck.camera.choose': 'Choose a camera',
  'deviceCheck.camera.unnamed': 'Camera {number}',
  'deviceCheck.camera.facing': 'Camera direction',
  'deviceCheck.camera.front': 'Front camera',
  'deviceCheck.camera.rear': 'Rear camera',

  'deviceCheck.mic.heading': 'Microphone',
  'deviceCheck.mic.choose': 'Choose a microphone',
  'deviceCheck.mic.unnamed': 'Microphone {number}',
  'deviceCheck.mic.level': 'Microphone sound level',
  'deviceCheck.mic.hint': 'Say something: the green bar should move.',

  'deviceCheck.speaker.heading': 'Speaker',
  'deviceCheck.speaker.play': 'Play a test sound',
  'deviceCheck.speaker.playing': 'Playing the sound…',
  'deviceCheck.speaker.question': 'Did you hear the sound?',
  'deviceCheck.speaker.yes': 'Yes, I heard it',
  'deviceCheck.speaker.no': 'No sound',
  'deviceCheck.speaker.ok': 'Your speaker works.',
  'deviceCheck.speaker.help':
    "Turn the volume up with the phone's side buttons, switch silent mode off, or plug in earphones, then play it again.",
  'deviceCheck.speaker.failed': 'The test sound cannot be played in this browser.',

  'deviceCheck.audioOnly.label': 'Start the call with audio only (saves data)',
  'deviceCheck.audioOnly.hint': 'Video can be turned back on during the call.',

  'deviceCheck.problem.denied.title': 'Camera or microphone permission was refused',
  'deviceCheck.problem.denied.body':
    'The officer needs to see and hear you. In Chrome on Android: tap the lock or info icon left of the site address, choose Permissions, turn Camera and Microphone on, then reload this page. On a computer: click the camera icon in the address bar and choose Allow.',
  'deviceCheck.problem.missing.title': 'No camera or microphone found',
  'deviceCheck.problem.missing.body':
    'Make sure your device has a camera and a microphone connected. Without a camera, the call can still go ahead with audio only.',
  'deviceCheck.problem.busy.title': 'The camera or microphone is in use',
  'deviceCheck.problem.busy.body':
    'Close other apps that use the camera (WhatsApp or the camera app, for example), then try again.',
  'deviceCheck.problem.insecure.title': 'The browser does not allow the camera on this page',
  'deviceCheck.problem.insecure.body':
    'Open Virtual Plaza at an address starting with https://, or use an up-to-date Chrome.',
  'deviceCheck.problem.failed.title': 'The camera or microphone could not be turned on',
  'deviceCheck.problem.failed.body': 'Try again. If it still fails, reload this page.',
  'deviceCheck.problem.retry': 'Try again',
  'deviceCheck.camera.problem': 'Camera: {problem}',
  'deviceCheck.mic.problem': 'Microphone: {problem}',
};
