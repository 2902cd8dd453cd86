import type { FieldWords } from './fields.ts';

/**
 * The editor's words for each field, in Indonesian (the staff's language): a label, and a
 * hint where the field has a rule the form cannot check (the build checks it). Keyed by
 * field path, or by `collection:path` where one collection needs other words. A field
 * with no entry here fails tests/unit/cms-config.test.ts.
 */
export const fieldWords: Readonly<Record<string, FieldWords>> = {
  code: {
    label: 'Kode wilayah desa',
    hint: 'Kode Kemendagri, contoh 53.01.16.2007. Nama desa, kecamatan dan kabupaten diambil dari kode ini.',
  },
  office: { label: 'Kantor imigrasi', hint: 'Pilih dari daftar kantor.' },
  officers: { label: 'Petugas Pimpasa', hint: 'Pilih dari daftar petugas.' },
  designatedAt: { label: 'Tanggal menjadi desa binaan', hint: 'Tahun-bulan-hari, contoh 2024-11-04.' },
  designatedAtIs: {
    label: 'Arti tanggal itu',
    hint: 'designated: hari desa ditetapkan. reported: sumber hanya memberi hari berita itu terbit.',
  },
  namedBy: {
    label: 'Nama desa dari',
    hint: 'source: sumber menyebut nama desa. area-data: sumber hanya menyebut kecamatan atau kabupaten dan jumlah desanya; nama diambil dari data wilayah.',
  },
  sessions: { label: 'Sosialisasi di desa', hint: 'Tanggal, jam, tempat dan topik. Yang sudah lewat tetap disimpan.' },
  'sessions.date': { label: 'Tanggal', hint: 'Tahun-bulan-hari, contoh 2026-12-15.' },
  'sessions.start': { label: 'Jam mulai', hint: 'Jam:menit, contoh 09:00 (waktu setempat).' },
  'sessions.end': { label: 'Jam selesai', hint: 'Boleh kosong.' },
  'sessions.place': { label: 'Tempat' },
  'sessions.topic': { label: 'Topik' },
  'sessions.source': { label: 'Sumber jadwal', hint: 'Berita atau halaman kantor yang mengumumkan sosialisasi ini. Boleh kosong.' },
  'sessions.source.title': { label: 'Judul sumber' },
  'sessions.source.url': { label: 'Alamat sumber (https://...)' },
  'sessions.source.publisher': { label: 'Penerbit sumber' },
  'sessions.source.accessedAt': { label: 'Tanggal sumber dibaca', hint: 'Tahun-bulan-hari.' },
  contact: { label: 'Kontak kantor desa', hint: 'Hanya nomor dan e-mail resmi kantor desa, bukan nomor pribadi.' },
  'contact.phone': { label: 'Telepon kantor desa' },
  'contact.email': { label: 'E-mail kantor desa' },
  notes: { label: 'Catatan untuk warga' },
  sources: { label: 'Sumber', hint: 'Di mana fakta ini terbit. Untuk desa: berita atau SK penetapan desa binaan.' },
  'sources.title': { label: 'Judul' },
  'sources.url': { label: 'Alamat (https://...)' },
  'sources.publisher': { label: 'Penerbit' },
  'sources.accessedAt': { label: 'Tanggal dibaca', hint: 'Tahun-bulan-hari, hari Anda membuka sumber itu.' },
  example: { label: 'Hanya contoh', hint: 'Nyalakan hanya untuk data latihan. Data asli: matikan.' },

  name: { label: 'Nama' },
  kind: { label: 'Jenis', hint: 'kanim: Kantor Imigrasi. ulp: Unit Layanan Paspor. ukk: Unit Kerja Kantor. mpp: Mal Pelayanan Publik.' },
  parent: { label: 'Kantor induk', hint: 'Untuk ULP, UKK atau MPP: Kantor Imigrasi tempat unit ini bernaung.' },
  address: { label: 'Alamat' },
  addressSource: {
    label: 'Sumber alamat (https://...)',
    hint: 'Halaman yang menulis alamat ini. Boleh kosong bila salah satu sumber di bawah sudah menulisnya.',
  },
  regency: { label: 'Kabupaten/kota tempat kantor', hint: 'Kode Kemendagri, contoh 53.71.' },
  serves: { label: 'Wilayah kerja', hint: 'Kode kabupaten/kota yang dilayani, contoh 53.01.' },
  'serves.item': { label: 'Kode kabupaten/kota' },
  'offices:phone': {
    label: 'Telepon',
    hint: 'Hanya dari sumber resmi .go.id (situs kantor *.imigrasi.go.id). Nomor dari situs tiruan ditolak saat situs dibangun.',
  },
  'offices:whatsapp': {
    label: 'WhatsApp',
    hint: 'Hanya dari sumber resmi .go.id. Situs tiruan sering memasang nomor WhatsApp palsu: nomor tanpa sumber resmi ditolak.',
  },
  'offices:email': { label: 'E-mail', hint: 'Hanya dari sumber resmi .go.id.' },
  'offices:hours': { label: 'Jam layanan', hint: 'Hanya dari sumber resmi .go.id. Istirahat siang: dua baris untuk hari yang sama.' },
  'whatsapp.number': { label: 'Nomor WhatsApp', hint: 'Nomor HP (08...) atau nomor internasional.' },
  'whatsapp.label': { label: 'Untuk apa', hint: 'Contoh: Cek status paspor. Boleh kosong.' },
  'hours.days': { label: 'Hari', hint: 'mon, tue, wed, thu, fri, sat, sun, atau rentang seperti mon-thu.' },
  'hours.time': { label: 'Jam', hint: 'Buka-tutup, contoh 08:00-16:00.' },
  website: { label: 'Situs web (https://...)' },
  reviewedAt: { label: 'Terakhir diperiksa', hint: 'Tahun-bulan-hari.' },

  role: { label: 'Jabatan', hint: 'Contoh: Petugas Pimpasa Kanim Kupang. Tidak ada nomor pribadi petugas.' },

  id: { label: 'Kode singkat', hint: 'Huruf kecil, angka dan tanda minus.' },
  purpose: { label: 'Untuk siapa dan untuk apa' },
  hours: { label: 'Jam layanan' },
  channels: { label: 'Nomor' },
  'channels.kind': { label: 'Jenis', hint: 'phone: telepon. whatsapp: WhatsApp.' },
  'channels.number': { label: 'Nomor' },
  'channels.from': { label: 'Bisa dihubungi dari', hint: 'indonesia, abroad (luar negeri) atau anywhere (di mana saja).' },
  'channels.free': { label: 'Gratis' },
  caveat: { label: 'Yang belum pasti', hint: 'Tulis dengan jelas apa yang belum bisa dipastikan.' },
  key: { label: 'Tampil di kaki halaman dan poster' },
  amount: { label: 'Jumlah (rupiah)' },
  regulation: { label: 'Peraturan', hint: 'Contoh: PP 45/2024.' },
  effectiveFrom: { label: 'Berlaku sejak', hint: 'Tahun-bulan-hari.' },

  title: { label: 'Judul', hint: 'Paling banyak 70 huruf.' },
  description: { label: 'Ringkasan', hint: 'Satu atau dua kalimat, paling banyak 160 huruf.' },
  topic: { label: 'Topik' },
  order: { label: 'Urutan', hint: 'Angka kecil tampil lebih dulu.' },
  status: { label: 'Status', hint: 'draft: terjemahan belum diperiksa.' },
  faq: { label: 'Tanya jawab' },
  'faq.q': { label: 'Pertanyaan' },
  'faq.a': { label: 'Jawaban' },
  service: { label: 'Layanan' },
  searchWords: { label: 'Kata pencarian', hint: 'Kata yang diketik pembaca. Tidak tampil di halaman.' },
  'searchWords.item': { label: 'Kata' },
  road: { label: 'Langkah-langkah' },
  'road.title': { label: 'Langkah' },
  'road.summary': { label: 'Penjelasan' },
  'road.guide': { label: 'Panduan', hint: 'Alamat panduan, contoh migrasi-aman/cek-perusahaan.' },
};

/** Messages for the patterns the schemas use, by the pattern's source (a new pattern needs one here). */
export const patternMessages: Readonly<Record<string, string>> = {
  '^\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}$': 'Tulis kode desa seperti 53.01.16.2007.',
  '^\\d{2}\\.\\d{2}$': 'Tulis kode kabupaten/kota seperti 53.71.',
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$': 'Tulis tanggal seperti 2026-12-15 (tahun-bulan-hari).',
  '^([01]\\d|2[0-3]):[0-5]\\d$': 'Tulis jam seperti 09:00.',
  '^([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d$': 'Tulis jam buka-tutup seperti 08:00-16:00.',
  '^https:\\/\\/[^\\s/?#]+\\S*$': 'Tulis alamat lengkap yang mulai dengan https://',
  '^(mon|tue|wed|thu|fri|sat|sun)(-(mon|tue|wed|thu|fri|sat|sun))?$': 'Tulis hari seperti mon, atau rentang seperti mon-fri.',
  email: 'Tulis alamat e-mail seperti nama@kantor.go.id.',
  '^[a-z0-9-]+$': 'Hanya huruf kecil, angka dan tanda minus.',
  '^[a-z0-9-]+(\\/[a-z0-9-]+)?$': 'Tulis alamat panduan seperti migrasi-aman/cek-perusahaan.',
};
