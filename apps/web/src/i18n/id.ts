// The Bahasa Indonesia catalogue: the default language and the source of every message key.
import type { ErrorCode, OfficerStatus, TicketStatus, TimeZone, VulnerableGroup } from '@vp/contract';

/** Keys that must exist because the app looks them up from data (status and error codes). */
type RequiredKeys = Record<
  | `error.${ErrorCode}`
  | `ticketStatus.${TicketStatus}`
  | `officerStatus.${OfficerStatus}`
  | `vulnerableGroup.${VulnerableGroup}`
  | `timeZone.${TimeZone}`,
  string
>;

/**
 * Placeholders are written `{name}` and filled by `t(key, { name })`.
 * `en.ts` must hold exactly these keys (its type is derived from this object).
 */
export const id = {
  'app.name': 'Virtual Plaza',
  'app.mark': 'VP',
  'app.tagline': 'Mal Pelayanan Publik',
  'app.skipToContent': 'Langsung ke konten utama',
  'app.loading': 'Memuat…',
  'app.retry': 'Coba lagi',
  'app.back': 'Kembali',

  'lang.groupLabel': 'Bahasa',
  'lang.id.short': 'ID',
  'lang.id.name': 'Bahasa Indonesia',
  'lang.en.short': 'EN',
  'lang.en.name': 'English',

  'notFound.title': 'Halaman tidak ditemukan',
  'notFound.body': 'Alamat ini tidak ada di Virtual Plaza.',
  'notFound.home': 'Ke halaman utama',

  'citizen.title': 'Dilayani petugas lewat panggilan video',
  'citizen.intro': 'Pilih instansi dan layanan, ambil nomor antrean, lalu tunggu giliran Anda dari rumah.',
  'citizen.resume.title': 'Anda masih memiliki nomor antrean',
  'citizen.resume.action': 'Buka nomor antrean saya',
  'citizen.catalogueError': 'Daftar layanan belum dapat dimuat.',

  'tenant.heading': 'Pilih instansi',
  'tenant.serviceCount': '{count} layanan',
  'tenant.hours': 'Buka {days}, {opens}–{closes} {zone}',
  'tenant.everyDay': 'setiap hari',
  'tenant.quota': 'Kuota {quota} nomor per hari',

  'timeZone.Asia/Jakarta': 'WIB',
  'timeZone.Asia/Makassar': 'WITA',
  'timeZone.Asia/Jayapura': 'WIT',

  'service.heading': 'Pilih layanan',
  'service.averageMinutes': 'Rata-rata {minutes} menit per warga',
  'service.requirements': 'Persyaratan',
  'service.changeTenant': 'Ganti instansi',

  'form.heading': 'Ambil nomor antrean',
  'form.tenant': 'Instansi',
  'form.service': 'Layanan',
  'form.nameLabel': 'Nama lengkap',
  'form.nameHint': 'Hanya nama yang kami perlukan untuk antrean; petugas memanggil Anda dengan nama ini.',
  'form.nameRequired': 'Isi nama Anda.',
  'form.nameInvalid': "Nama hanya boleh berisi huruf, spasi, dan tanda . , ' - (paling banyak 80 karakter).",
  'form.priorityLegend': 'Layanan prioritas (tidak wajib)',
  'form.priorityHint': 'Lansia, penyandang disabilitas, dan ibu hamil dilayani lebih dulu.',
  'form.priorityNone': 'Tidak perlu',
  'form.submit': 'Ambil nomor antrean',
  'form.submitting': 'Mengambil nomor…',
  'form.preparing': 'Menyiapkan…',
  'form.preparingHint': 'Perangkat Anda sedang menyiapkan pengaman formulir; nomor diambil begitu siap.',
  'form.changeService': 'Ganti layanan',

  'ticket.numberLabel': 'Nomor antrean Anda',
  'ticket.statusLabel': 'Status:',
  'ticket.position': 'Posisi Anda: {position}',
  'ticket.estimate': 'Perkiraan menunggu: {minutes} menit',
  'ticket.estimateSoon': 'Perkiraan menunggu: sebentar lagi',
  'ticket.estimateUnknown': 'Perkiraan waktu tunggu belum tersedia',
  'ticket.keepOpen': 'Biarkan halaman ini terbuka. Saat giliran Anda tiba, panggilan video dimulai di sini.',
  'ticket.linkHint':
    'Jika koneksi terputus, segera buka lagi halaman ini atau tautan di bawah: posisi Anda disimpan selama beberapa menit.',
  'ticket.offeredHint': 'Petugas sedang bersiap. Panggilan video segera dimulai.',
  'ticket.monitoringNotice': 'Panggilan dapat dipantau oleh pengawas untuk menjaga mutu layanan.',
  'ticket.cancel': 'Batalkan nomor antrean',
  'ticket.cancelling': 'Membatalkan…',
  'ticket.cancelConfirm':
    'Batalkan nomor {number}? Untuk dilayani, Anda harus mengambil nomor baru dan mengantre lagi dari belakang.',
  'ticket.cancelConfirmYes': 'Ya, batalkan',
  'ticket.cancelConfirmNo': 'Tetap menunggu',

  'ticketLink.heading': 'Tautan nomor antrean Anda',
  'ticketLink.body':
    'Tautan ini adalah jalan kembali ke nomor antrean Anda dari perangkat mana pun, misalnya jika halaman ini tertutup atau baterai ponsel habis. Simpan, atau kirim ke diri sendiri.',
  'ticketLink.label': 'Tautan nomor antrean',
  'ticketLink.copy': 'Salin tautan',
  'ticketLink.copied': 'Tautan disalin.',
  'ticketLink.copyManual': 'Tautan sudah dipilih: salin dengan Ctrl+C, atau tekan lama lalu pilih Salin.',
  'ticketLink.share': 'Kirim ke diri sendiri',
  'ticketLink.shareTitle': 'Nomor antrean {number}',
  'ticketLink.shareText':
    'Tautan untuk kembali ke nomor antrean {number} di Virtual Plaza. Jangan dibagikan.',
  'ticketLink.private':
    'Jaga kerahasiaannya: siapa pun yang memegang tautan ini dapat membuka dan membatalkan nomor antrean Anda.',
  'ticket.missingKey.title': 'Tautan nomor antrean tidak lengkap',
  'ticket.missingKey.body': 'Buka tautan lengkap yang Anda terima saat mengambil nomor antrean.',
  'ticket.loadError': 'Nomor antrean tidak dapat dibuka.',
  'ticket.moving': 'Memindahkan Anda ke antrean baru…',
  'ticket.moved.title': 'Anda dipindahkan ke layanan lain',
  'ticket.moved.body':
    'Petugas memindahkan nomor {from} ke layanan {service} di {tenant}. Nomor antrean baru Anda: {number}.',
  'ticket.moved.place':
    'Urutan Anda tetap dihitung dari waktu kedatangan awal, jadi Anda tidak kembali ke belakang antrean.',

  'ticketStatus.waiting': 'Menunggu giliran',
  'ticketStatus.offered': 'Petugas segera menerima Anda',
  'ticketStatus.in_call': 'Sedang dilayani',
  'ticketStatus.completed': 'Layanan selesai',
  'ticketStatus.cancelled': 'Dibatalkan',
  'ticketStatus.abandoned': 'Hangus',
  'ticketStatus.no_show': 'Tidak hadir',
  'ticketStatus.transferred': 'Dialihkan',

  'outcome.completed.title': 'Layanan selesai',
  'outcome.completed.body': 'Terima kasih telah menggunakan Virtual Plaza.',
  'outcome.cancelled.title': 'Nomor antrean dibatalkan',
  'outcome.cancelled.body': 'Anda dapat mengambil nomor baru kapan saja.',
  'outcome.abandoned.title': 'Nomor antrean hangus',
  'outcome.abandoned.body':
    'Koneksi Anda terputus melebihi batas waktu, sehingga nomor antrean dilepas. Silakan ambil nomor baru.',
  'outcome.no_show.title': 'Anda tidak bergabung ke panggilan',
  'outcome.no_show.body':
    'Petugas sudah menunggu, tetapi Anda tidak bergabung tepat waktu. Silakan ambil nomor baru.',
  'outcome.transferred.title': 'Permohonan Anda dialihkan',
  'outcome.transferred.body':
    'Petugas mengalihkan permohonan Anda ke instansi lain. Ikuti petunjuk dari petugas.',
  'outcome.closed.title': 'Loket sudah tutup untuk hari ini',
  'outcome.closed.body':
    'Layanan {tenant} hari ini berakhir sebelum giliran Anda tiba, sehingga nomor antrean ini ditutup. Silakan ambil nomor baru saat loket buka kembali.',
  'outcome.closed.nextToday': 'Loket buka lagi hari ini pukul {opens} {zone}.',
  'outcome.closed.nextTomorrow': 'Loket buka lagi besok pukul {opens} {zone}.',
  'outcome.closed.nextDay': 'Loket buka lagi hari {day} pukul {opens} {zone}.',
  'outcome.newTicket': 'Ambil nomor baru',

  'connection.connecting': 'Menyambungkan…',
  'connection.live': 'Diperbarui langsung',
  'connection.reconnecting': 'Koneksi terputus, menyambung ulang…',
  'connection.offline': 'Tidak ada koneksi internet',

  'call.heading': 'Panggilan video',
  'call.connecting': 'Menyambungkan panggilan…',
  'call.waitingRemote': 'Menunggu pihak lain bergabung…',
  'call.reconnecting': 'Koneksi terputus, menyambungkan ulang…',
  'call.weak': 'Koneksi lemah: gambar dan suara bisa tersendat.',
  'call.disconnected': 'Panggilan terputus.',
  'call.failed': 'Panggilan tidak dapat disambungkan.',
  'call.mediaError': 'Kamera atau mikrofon tidak dapat digunakan. Periksa izin di peramban Anda.',
  'call.startAudio': 'Aktifkan suara',
  'call.end': 'Akhiri panggilan',
  'call.ending': 'Mengakhiri…',
  'call.endConfirm': 'Akhiri panggilan sekarang?',
  'call.endConfirmYes': 'Ya, akhiri',
  'call.endConfirmNo': 'Lanjutkan panggilan',
  'call.localVideo': 'Video Anda',
  'call.remoteVideo': 'Video lawan bicara',

  'officer.login.heading': 'Masuk petugas',
  'officer.login.username': 'Nama pengguna',
  'officer.login.password': 'Kata sandi',
  'officer.login.submit': 'Masuk',
  'officer.login.submitting': 'Sedang masuk…',
  'officer.login.invalid': 'Nama pengguna atau kata sandi salah.',
  'officer.login.expired': 'Sesi Anda berakhir. Silakan masuk lagi.',
  'officer.title': 'Konsol petugas',
  'officer.logout': 'Keluar',
  'officer.logout.pending': 'Sedang keluar…',
  'officer.tenants': 'Instansi: {tenants}',
  'officer.statusLabel': 'Status Anda:',
  'officer.statusActions': 'Ubah status',
  'officer.goReady': 'Siap melayani',
  'officer.goAway': 'Istirahat',
  'officer.goOffline': 'Tidak aktif',
  'officer.idle.ready': 'Menunggu warga berikutnya…',
  'officer.idle.away': 'Anda sedang istirahat; warga tidak ditawarkan kepada Anda.',
  'officer.idle.offline': 'Anda sedang tidak aktif. Pilih status siap melayani untuk mulai menerima warga.',
  'officer.idle.wrap_up': 'Lengkapi catatan layanan sebelumnya. Warga berikutnya ditawarkan sebentar lagi.',
  'officer.serving': 'Melayani {number} · {name}',

  'officerStatus.offline': 'Tidak aktif',
  'officerStatus.ready': 'Siap melayani',
  'officerStatus.offered': 'Ada warga ditawarkan',
  'officerStatus.in_call': 'Dalam panggilan',
  'officerStatus.wrap_up': 'Menyelesaikan layanan',
  'officerStatus.away': 'Istirahat',

  'offer.heading': 'Warga berikutnya',
  'offer.number': 'Nomor',
  'offer.citizen': 'Nama',
  'offer.tenant': 'Instansi',
  'offer.service': 'Layanan',
  'offer.priority': 'Prioritas',
  'offer.citizenAway':
    'Warga sedang tidak terhubung: halaman tiketnya tertutup. Jika diterima, panggilan menunggu warga kembali dan bisa berakhir sebagai tidak hadir.',
  'offer.accept': 'Terima',
  'offer.accepting': 'Menerima…',
  'offer.decline': 'Tolak',
  'offer.declining': 'Menolak…',
  'offer.answers': 'Jawab tawaran',
  'offer.timeLeft': 'Sisa waktu menjawab: {seconds} detik',
  'offer.lapsed': 'Waktu menjawab habis.',
  'offer.timeoutHint':
    'Tawaran yang tidak dijawab tepat waktu kembali ke antrean, dan status Anda menjadi Istirahat.',
  'offer.announce.open': 'Warga berikutnya ditawarkan: {number}. Jawab dalam {seconds} detik.',
  'offer.announce.ending': 'Tawaran segera berakhir. Terima atau tolak sekarang.',
  'offer.announce.lapsed': 'Waktu menjawab tawaran habis.',

  'wrapUp.heading': 'Jeda setelah layanan',
  'wrapUp.timeLeft': 'Siap melayani otomatis dalam {time}',
  'wrapUp.ending': 'Jeda segera berakhir…',
  'wrapUp.readyNow': 'Siap sekarang',
  'wrapUp.readyNowHint':
    'Mengakhiri jeda lebih awal; warga berikutnya dapat langsung ditawarkan kepada Anda.',
  'wrapUp.lastCallHeading': 'Catatan panggilan terakhir',
  'wrapUp.formLegend': 'Catatan layanan {number} ({name})',
  'wrapUp.outcome': 'Hasil layanan',
  'wrapUp.outcomeRequired': 'Pilih hasil layanan.',
  'wrapUp.notes': 'Catatan',
  'wrapUp.notesHint':
    'Disimpan bersama nomor antrean dan dihapus bersamanya. Tulis hanya yang diperlukan untuk layanan ini.',
  'wrapUp.notesCount': '{count} dari {max} karakter',
  'wrapUp.notesInvalid': 'Catatan paling banyak {max} karakter.',
  'wrapUp.save': 'Simpan catatan',
  'wrapUp.saving': 'Menyimpan…',
  'wrapUp.saved': 'Catatan layanan tersimpan.',
  'ticketOutcome.served': 'Dilayani',
  'ticketOutcome.follow_up': 'Perlu tindak lanjut',
  'ticketOutcome.referred': 'Dirujuk',

  'autoAccept.label': 'Terima otomatis',
  'autoAccept.hint':
    'Warga yang ditawarkan kepada Anda langsung masuk panggilan, tanpa menekan Terima. Berlaku mulai tawaran berikutnya.',

  'transfer.legend': 'Pindahkan ke layanan lain',
  'transfer.hint':
    'Panggilan berakhir dan warga masuk antrean instansi tujuan, diurutkan menurut waktu kedatangan awalnya.',
  'transfer.tenant': 'Instansi tujuan',
  'transfer.tenantPlaceholder': 'Pilih instansi',
  'transfer.tenantOption': '{name} ({code})',
  'transfer.tenantRequired': 'Pilih instansi tujuan.',
  'transfer.service': 'Layanan (tidak wajib)',
  'transfer.serviceAny': 'Tidak ditentukan (dipilih otomatis)',
  'transfer.submit': 'Pindahkan',
  'transfer.submitting': 'Memindahkan…',
  'priorityClaim.legend': 'Klaim prioritas: {group}',
  'priorityClaim.hint': 'Warga ini menyatakan kelompok rentan. Apakah klaimnya benar?',
  'priorityClaim.confirm': 'Benar',
  'priorityClaim.reject': 'Tidak benar',
  'priorityClaim.saving': 'Menyimpan…',
  'priorityClaim.confirmed': 'Klaim prioritas dinyatakan benar.',
  'priorityClaim.rejected': 'Klaim prioritas dinyatakan tidak benar.',

  'vulnerableGroup.lansia': 'Lansia (60 tahun ke atas)',
  'vulnerableGroup.disabilitas': 'Penyandang disabilitas',
  'vulnerableGroup.ibu_hamil': 'Ibu hamil',

  'error.bad_request': 'Permintaan tidak valid.',
  'error.validation_failed': 'Periksa kembali isian Anda.',
  'error.payload_too_large': 'Data yang dikirim terlalu besar.',
  'error.unsupported_media_type': 'Format data yang dikirim tidak didukung.',
  'error.unauthenticated': 'Tautan atau sesi Anda tidak berlaku lagi.',
  'error.forbidden': 'Anda tidak berhak melakukan tindakan ini.',
  'error.not_found': 'Data tidak ditemukan.',
  'error.tenant_not_found': 'Instansi tidak ditemukan.',
  'error.service_not_found': 'Layanan tidak ditemukan.',
  'error.ticket_not_found': 'Nomor antrean tidak ditemukan.',
  'error.officer_not_found': 'Petugas tidak ditemukan.',
  'error.conflict': 'Data berubah sementara itu. Muat ulang lalu coba lagi.',
  'error.ticket_not_waiting': 'Nomor antrean ini tidak lagi menunggu.',
  'error.ticket_not_in_call': 'Nomor antrean ini tidak sedang dalam panggilan.',
  'error.call_not_current': 'Panggilan itu sudah berakhir.',
  'error.ticket_not_served': 'Catatan hanya dapat disimpan untuk panggilan Anda yang sudah selesai.',
  'error.offer_not_found': 'Tawaran ini sudah tidak berlaku.',
  'error.priority_claim_not_open': 'Warga ini tidak mengklaim prioritas, atau klaimnya sudah dijawab.',
  'error.officer_busy': 'Anda sedang menangani warga lain.',
  'error.officer_not_of_tenant': 'Anda bukan petugas instansi ini.',
  'error.tenant_closed': 'Antrean instansi ini sedang tutup. Silakan coba lagi pada jam layanan.',
  'error.quota_reached': 'Kuota antrean hari ini sudah penuh. Silakan coba lagi besok.',
  'error.intake_paused': 'Instansi ini sedang tidak menerima antrean baru. Silakan coba lagi nanti.',
  'error.intake_paused.until':
    'Instansi ini sedang tidak menerima antrean baru. Diperkirakan dibuka kembali pukul {time}.',
  'error.proof_rejected': 'Pengaman formulir tidak berlaku lagi. Muat ulang halaman lalu coba lagi.',
  'error.rate_limited': 'Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.',
  'error.rate_limited.seconds': 'Terlalu banyak permintaan. Coba lagi dalam {seconds} detik.',
  'error.rate_limited.minutes': 'Terlalu banyak permintaan. Coba lagi dalam {minutes} menit.',
  'error.unavailable': 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.',
  'error.internal': 'Terjadi kesalahan pada sistem. Silakan coba lagi.',
  'error.network': 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda.',
} satisfies RequiredKeys & Record<string, string>;

/** Every message key of the app. */
export type MessageKey = keyof typeof id;
/** A full catalogue: one string per key, nothing more. */
export type Messages = Record<MessageKey, string>;
