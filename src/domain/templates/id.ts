import { type CallWording, type LanguagePack, paragraphs } from './languagePack';

const payment = 'Rincian pembayaran:\n{{payment_details}}';
const signed = 'Hormat kami,\n{{sender}}\n{{company}}';

const friendly = {
  subject: 'Pengingat pembayaran ({{customer}})',
  body: paragraphs(
    'Yth. Bapak/Ibu,',
    'Kami dari {{company}} ingin mengingatkan mengenai pembayaran berikut yang jatuh tempo pada {{oldest_due_date}}:',
    '{{invoices}}',
    'Mungkin pembayaran ini terlewat dari perhatian. Mohon informasikan kepada kami kapan pembayaran dapat kami terima. Jika Bapak/Ibu memerlukan salinan faktur, cukup balas email ini dan kami akan segera mengirimkannya. Jika pembayaran sudah dalam proses, kami ucapkan terima kasih.',
    payment,
    signed,
  ),
};

const firstNotice = {
  subject: 'Pembayaran terlambat, jatuh tempo {{oldest_due_date}} ({{customer}})',
  body: paragraphs(
    'Yth. Bapak/Ibu,',
    'Sesuai ketentuan pembayaran dalam perjanjian kita, tagihan di bawah ini telah jatuh tempo pada {{oldest_due_date}}, namun hingga hari ini pembayarannya belum kami terima. Jumlah yang terutang adalah {{total}}:',
    '{{invoices}}',
    'Perlu kami sampaikan bahwa sesuai perjanjian, keterlambatan pembayaran dikenakan denda sebesar {{late_fee}}.',
    'Mohon segera melakukan pembayaran atau memberi tahu kami kapan pembayaran dapat kami terima. Apabila ada kendala terkait faktur atau Bapak/Ibu memerlukan salinannya, silakan balas email ini dan kami akan segera membantu. Jika pembayaran sudah dilakukan, kami ucapkan terima kasih dan mohon abaikan pemberitahuan ini.',
    payment,
    signed,
  ),
};

const demand = {
  subject: 'Somasi: tagihan {{total}} ({{customer}})',
  body: paragraphs(
    'Dengan hormat,',
    'Meskipun kami telah beberapa kali mengingatkan, tagihan berdasarkan perjanjian yang jatuh tempo sejak {{oldest_due_date}} hingga saat ini belum dilunasi:',
    '{{invoices}}',
    'Dengan ini kami secara resmi meminta Bapak/Ibu untuk melunasi tagihan sebesar {{total}} paling lambat tanggal {{deadline}}.',
    'Sesuai perjanjian, denda keterlambatan sebesar {{late_fee}} tetap berlaku hingga pembayaran kami terima.',
    'Dengan menyesal kami sampaikan bahwa apabila pembayaran belum kami terima hingga tanggal tersebut, kami terpaksa menempuh jalur hukum atau menyerahkan penagihan kepada agen penagihan, serta menghentikan sementara pengiriman dan layanan hingga tagihan dilunasi.',
    'Kami sangat berharap masalah ini dapat diselesaikan secara baik-baik. Jika pembayaran sudah dilakukan, mohon kirimkan bukti transfer kepada kami. Jika Bapak/Ibu keberatan atas sebagian jumlah tagihan, mohon sampaikan secara tertulis sebelum {{deadline}}.',
    payment,
    signed,
  ),
};

const dueCall: CallWording = {
  subject: 'Telepon {{customer}}: jatuh tempo {{oldest_due_date}}',
  opening: 'Telepon {{customer}} mengenai pembayaran yang jatuh tempo pada {{oldest_due_date}}. Bicaralah singkat dan ramah: keterlambatan biasanya terjadi karena faktur hilang atau persetujuan yang terlupa.',
  received: 'Apakah Bapak/Ibu sudah menerima faktur dan email pengingat dari kami?',
  when: 'Kapan pembayaran akan dilakukan? Apakah bisa ditransfer hari ini?',
  extra: [],
};

const overdueCall: CallWording = {
  subject: 'Telepon {{customer}}: terlambat {{days_overdue}}',
  opening: 'Telepon {{customer}} mengenai pembayaran yang terlambat: jatuh tempo {{oldest_due_date}}, kini terlambat {{days_overdue}}. Pemberitahuan keterlambatan sudah dikirim.',
  received: 'Apakah Bapak/Ibu sudah menerima email kami mengenai pembayaran yang terlambat?',
  when: 'Tanggal berapa tepatnya dan berapa jumlah yang akan dibayarkan? (Minta konfirmasi tanggalnya melalui email.)',
  extra: ['Bila perlu, ingatkan denda keterlambatan sesuai perjanjian: {{late_fee}}.'],
};

const finalCall: CallWording = {
  subject: 'Telepon {{customer}}: batas waktu {{deadline}}',
  opening: 'Telepon {{customer}} sebelum langkah resmi diambil: jatuh tempo {{oldest_due_date}}, terlambat {{days_overdue}}, dan batas waktu terakhir adalah {{deadline}}.',
  received: 'Apakah Bapak/Ibu sudah menerima surat-surat kami mengenai tunggakan ini?',
  when: 'Apakah Bapak/Ibu dapat melunasi seluruhnya paling lambat {{deadline}}? Jika tidak, berapa yang dapat dibayar sekarang dan kapan sisanya?',
  extra: ['Jelaskan dengan tenang bahwa jika pembayaran belum diterima hingga {{deadline}}, kami terpaksa menempuh jalur hukum atau menyerahkannya kepada agen penagihan.'],
};

const handOff = {
  subject: 'Penyerahan ke kuasa hukum atau agen penagihan: {{customer}}, {{total}}',
  body: paragraphs(
    '{{customer}} belum membayar meskipun somasi telah dikirim. Faktur tertua telah terlambat {{days_overdue}}.',
    '{{invoices}}',
    'Putuskan bersama atasan: serahkan berkas kepada kuasa hukum atau agen penagihan, atau tawarkan penyelesaian damai (sebagian dibayar sekarang sering kali lebih baik daripada tidak sama sekali). Bandingkan biaya pengadilan atau agen dengan jumlah tagihan.',
    'Siapkan berkas:\n- kontrak atau konfirmasi pesanan, beserta fakturnya;\n- bukti pengiriman barang atau penyelesaian pekerjaan;\n- salinan semua pengingat, somasi, dan catatan telepon (Collections log);\n- janji pembayaran dan sengketa beserta tanggalnya;\n- rekapitulasi tagihan dan kontak pelanggan: {{phone}}, {{email}}.',
    'Setelah berkas diserahkan, tandai tindakan ini Done dan catat di Note siapa yang menerimanya.',
  ),
};

export const ID: LanguagePack = {
  messages: {
    'pre-due': {
      subject: 'Pengingat: pembayaran jatuh tempo {{oldest_due_date}} ({{customer}})',
      body: paragraphs(
        'Yth. Bapak/Ibu,',
        'Kami dari {{company}} ingin mengingatkan bahwa pembayaran berikut akan jatuh tempo pada {{oldest_due_date}}:',
        '{{invoices}}',
        'Apabila pembayaran sudah dijadwalkan, terima kasih; kami akan sangat terbantu jika Bapak/Ibu dapat menginformasikan perkiraan tanggal pembayarannya. Jika faktur belum Bapak/Ibu terima atau Bapak/Ibu memerlukan salinannya, cukup balas email ini dan kami akan segera mengirimkannya.',
        payment,
        signed,
      ),
    },
    'notice-1': firstNotice,
    'notice-2': {
      subject: 'Pemberitahuan kedua: tunggakan {{total}} ({{customer}})',
      body: paragraphs(
        'Yth. Bapak/Ibu,',
        'Sebelumnya kami telah menghubungi Bapak/Ibu mengenai pembayaran yang jatuh tempo pada {{oldest_due_date}}. Saat ini keterlambatannya telah mencapai {{days_overdue}}, dan kami belum menerima pembayaran maupun informasi mengenai tanggal pembayarannya:',
        '{{invoices}}',
        'Sesuai perjanjian, atas jumlah yang terlambat dikenakan denda sebesar {{late_fee}}.',
        'Mohon segera melunasi tunggakan sebesar {{total}} tanpa penundaan lebih lanjut, atau kabari kami hari ini mengenai tanggal pasti pembayarannya. Jika ada hal yang menghambat pembayaran, misalnya pertanyaan mengenai faktur, mohon sampaikan sekarang agar dapat kami selesaikan sebelum kami terpaksa mengambil langkah lebih lanjut.',
        payment,
        signed,
      ),
    },
    demand,
  },
  messageTones: { friendly, firm: firstNotice, formal: demand },
  calls: { 'due-call': dueCall, 'call-1': overdueCall },
  callTones: { friendly: dueCall, firm: overdueCall, formal: finalCall },
  call: {
    phone: 'Telepon: {{phone}}',
    email: 'Email: {{email}}',
    ask: 'Tanyakan:',
    problem: 'Apakah ada kendala pada faktur yang bisa kami selesaikan sekarang juga (salinan faktur, nomor PO, jumlah atau data yang keliru)?',
    ifTheySay: 'Jika pelanggan mengatakan:',
    excuses: [
      '“Fakturnya hilang”: kirim salinan faktur beserta rekapitulasi tagihan hari ini juga.',
      '“Masih menunggu persetujuan”: tanyakan siapa yang menyetujui dan kapan; minta jadwal pembayaran atau surat jaminan, lalu catat tanggalnya.',
      '“Sebagian tagihan tidak sesuai”: catat faktur mana dan alasannya, lalu minta bagian yang tidak dipersoalkan dibayar sekarang.',
    ],
    record: 'Catat di sheet Today\'s actions: nama lawan bicara, tanggal dan jam, serta hasilnya di kolom Status: Done, Promised (tanggal yang dijanjikan di Promise/hold date), Disputed, atau No answer; informasi lain di Note.',
  },
  notes: { legal: handOff },
  noteTone: {
    subject: 'Tugas internal: {{step}}, {{customer}}',
    body: paragraphs(
      '{{step}}: {{customer}}, tagihan terbuka {{total}}, jatuh tempo paling awal {{oldest_due_date}} (terlambat {{days_overdue}}).',
      '{{invoices}}',
      'Kontak: {{phone}}, {{email}}.',
      'Setelah selesai, tandai tindakan ini Done di sheet Today\'s actions dan tambahkan catatan di Note.',
    ),
  },
  table: { invoice: 'No. faktur', invoiceDate: 'Tanggal faktur', dueDate: 'Jatuh tempo', daysOverdue: 'Hari terlambat', open: 'Sisa tagihan', total: 'Total' },
  days: (n) => `${n} hari`,
  and: 'dan',
  notInSheet: 'tidak ada di sheet faktur',
};
