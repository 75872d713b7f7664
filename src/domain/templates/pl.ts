import { type CallWording, type LanguagePack, paragraphs } from './languagePack';

const payment = 'Dane do przelewu:\n{{payment_details}}';
const signed = (closing: string) => `${closing}\n{{sender}}\n{{company}}`;

// After "Szanowni Państwo," a Polish letter goes on in lower case.
const friendly = {
  subject: 'Przypomnienie o płatności ({{customer}})',
  body: paragraphs(
    'Szanowni Państwo,',
    'piszemy w imieniu firmy {{company}} w sprawie poniższej należności z terminem płatności {{oldest_due_date}}:',
    '{{invoices}}',
    'Być może płatność po prostu umknęła Państwa uwadze. Czy mogą Państwo dać nam znać, kiedy możemy się jej spodziewać? Jeśli potrzebują Państwo kopii faktury, wystarczy odpowiedzieć na tę wiadomość, a od razu ją prześlemy. Jeżeli płatność jest już w drodze, serdecznie dziękujemy.',
    payment,
    signed('Z pozdrowieniami,'),
  ),
};

const firstNotice = {
  subject: 'Zaległa płatność, termin {{oldest_due_date}} ({{customer}})',
  body: paragraphs(
    'Szanowni Państwo,',
    'zgodnie z warunkami naszej umowy termin płatności poniższej należności upłynął {{oldest_due_date}}, jednak do dziś nie otrzymaliśmy wpłaty. Kwota zaległości wynosi {{total}}:',
    '{{invoices}}',
    'Przypominamy, że umowa przewiduje opłaty za opóźnienie w płatności: {{late_fee}}.',
    'Prosimy o niezwłoczne uregulowanie należności lub informację, kiedy możemy spodziewać się wpłaty. Jeżeli faktura budzi wątpliwości lub potrzebują Państwo jej kopii, prosimy o odpowiedź na tę wiadomość – szybko wszystko wyjaśnimy. Jeśli płatność została już dokonana, dziękujemy i prosimy o zignorowanie tego przypomnienia.',
    payment,
    signed('Z poważaniem,'),
  ),
};

const demand = {
  subject: 'Przedsądowe wezwanie do zapłaty: {{total}} ({{customer}})',
  body: paragraphs(
    'Szanowni Państwo,',
    'mimo naszych wcześniejszych przypomnień należność wynikająca z umowy, płatna do {{oldest_due_date}}, pozostaje nieuregulowana:',
    '{{invoices}}',
    'Niniejszym wzywamy Państwa do zapłaty kwoty {{total}} w nieprzekraczalnym terminie do {{deadline}}.',
    'Zgodnie z umową do dnia zapłaty naliczane są opłaty za opóźnienie: {{late_fee}}.',
    'Z przykrością informujemy, że w razie braku wpłaty w tym terminie będziemy zmuszeni skierować sprawę na drogę sądową lub przekazać należność do windykacji, a także wstrzymać dalsze dostawy i usługi do czasu spłaty zadłużenia.',
    'Zależy nam na polubownym rozwiązaniu tej sprawy. Jeżeli płatność została już dokonana, prosimy o przesłanie potwierdzenia przelewu. Jeżeli kwestionują Państwo jakąkolwiek część należności, prosimy o pisemną informację przed {{deadline}}.',
    payment,
    signed('Z poważaniem,'),
  ),
};

const dueCall: CallWording = {
  subject: 'Rozmowa telefoniczna: {{customer}}, termin płatności {{oldest_due_date}}',
  opening: 'Zadzwoń do klienta {{customer}} w sprawie płatności z terminem {{oldest_due_date}}. Rozmawiaj krótko i życzliwie: najczęściej przyczyną opóźnienia jest zagubiona faktura lub brak akceptacji.',
  received: 'Czy otrzymali Państwo naszą fakturę i przypomnienie e-mailem?',
  when: 'Kiedy planują Państwo zapłatę? Czy przelew może wyjść jeszcze dziś?',
  extra: [],
};

const overdueCall: CallWording = {
  subject: 'Rozmowa telefoniczna: {{customer}}, opóźnienie {{days_overdue}}',
  opening: 'Zadzwoń do klienta {{customer}} w sprawie zaległej płatności: termin minął {{oldest_due_date}}, opóźnienie wynosi {{days_overdue}}. Przypomnienie o zaległości zostało już wysłane.',
  received: 'Czy otrzymali Państwo naszą wiadomość o zaległej płatności?',
  when: 'Którego dnia i na jaką kwotę będzie przelew? (Poproś o potwierdzenie terminu e-mailem.)',
  extra: ['W razie potrzeby przypomnij o opłatach za opóźnienie przewidzianych w umowie: {{late_fee}}.'],
};

const finalCall: CallWording = {
  subject: 'Rozmowa telefoniczna: {{customer}}, ostateczny termin {{deadline}}',
  opening: 'Zadzwoń do klienta {{customer}} przed podjęciem formalnych kroków: termin płatności minął {{oldest_due_date}}, opóźnienie wynosi {{days_overdue}}, a ostateczny termin to {{deadline}}.',
  received: 'Czy otrzymali Państwo nasze pisma w sprawie zaległości?',
  when: 'Czy mogą Państwo zapłacić całą kwotę do {{deadline}}? Jeśli nie, ile mogą Państwo zapłacić teraz i kiedy wpłynie reszta?',
  extra: ['Spokojnie wyjaśnij, że jeśli wpłata nie nastąpi do {{deadline}}, będziemy zmuszeni skierować sprawę do sądu lub firmy windykacyjnej.'],
};

const handOff = {
  subject: 'Przekazanie sprawy prawnikowi lub firmie windykacyjnej: {{customer}}, {{total}}',
  body: paragraphs(
    'Klient {{customer}} nie uregulował należności mimo przedsądowego wezwania do zapłaty. Najstarsza faktura jest przeterminowana o {{days_overdue}}.',
    '{{invoices}}',
    'Ustal z osobą decyzyjną, czy przekazać sprawę prawnikowi lub firmie windykacyjnej, czy zaproponować ugodę (część pieniędzy teraz bywa lepsza niż nic). Porównaj koszty sądu lub windykacji z kwotą należności.',
    'Przygotuj dokumenty:\n- umowę lub potwierdzenie zamówienia oraz faktury;\n- dowody dostawy lub wykonania usługi;\n- kopie wszystkich przypomnień, wezwania do zapłaty i notatek z rozmów (Collections log);\n- obietnice zapłaty i reklamacje wraz z datami;\n- zestawienie należności i dane kontaktowe klienta: {{phone}}, {{email}}.',
    'Po przekazaniu dokumentów oznacz to działanie jako Done i zapisz w Note, kto je otrzymał.',
  ),
};

export const PL: LanguagePack = {
  messages: {
    'pre-due': {
      subject: 'Przypomnienie o terminie płatności {{oldest_due_date}} ({{customer}})',
      body: paragraphs(
        'Szanowni Państwo,',
        'uprzejmie przypominamy, że {{oldest_due_date}} upływa termin płatności poniższej należności na rzecz firmy {{company}}:',
        '{{invoices}}',
        'Jeśli płatność jest już zaplanowana, dziękujemy – będziemy wdzięczni za krótką informację o przewidywanej dacie przelewu. Jeżeli faktura do Państwa nie dotarła lub potrzebują Państwo jej kopii, wystarczy odpowiedzieć na tę wiadomość, a od razu ją prześlemy.',
        payment,
        signed('Z pozdrowieniami,'),
      ),
    },
    'notice-1': firstNotice,
    'notice-2': {
      subject: 'Drugie przypomnienie: zaległość {{total}} ({{customer}})',
      body: paragraphs(
        'Szanowni Państwo,',
        'kontaktowaliśmy się już z Państwem w sprawie płatności z terminem {{oldest_due_date}}. Opóźnienie wynosi obecnie {{days_overdue}}, a nadal nie otrzymaliśmy ani wpłaty, ani informacji o terminie płatności:',
        '{{invoices}}',
        'Zgodnie z umową od zaległej kwoty naliczane są opłaty za opóźnienie: {{late_fee}}.',
        'Prosimy o uregulowanie kwoty {{total}} bez dalszej zwłoki lub o podanie jeszcze dziś konkretnej daty płatności. Jeśli coś uniemożliwia zapłatę, na przykład pytania dotyczące faktury, prosimy o kontakt już teraz, abyśmy mogli to wyjaśnić, zanim będziemy zmuszeni podjąć dalsze kroki.',
        payment,
        signed('Z poważaniem,'),
      ),
    },
    demand,
  },
  messageTones: { friendly, firm: firstNotice, formal: demand },
  calls: { 'due-call': dueCall, 'call-1': overdueCall },
  callTones: { friendly: dueCall, firm: overdueCall, formal: finalCall },
  call: {
    phone: 'Telefon: {{phone}}',
    email: 'E-mail: {{email}}',
    ask: 'Zapytaj:',
    problem: 'Czy jest jakiś problem z fakturą, który możemy rozwiązać od razu (kopia, numer zamówienia, błędna kwota lub dane)?',
    ifTheySay: 'Jeśli klient odpowiada:',
    excuses: [
      '„Zgubiliśmy fakturę”: jeszcze dziś wyślij kopię faktury i zestawienie należności.',
      '„Potrzebna jest akceptacja”: zapytaj, kto akceptuje płatność i do kiedy; poproś o harmonogram spłat lub pisemne zobowiązanie i zanotuj daty.',
      '„Część kwoty się nie zgadza”: zanotuj, której faktury to dotyczy i dlaczego, i poproś o zapłatę bezspornej części już teraz.',
    ],
    record: 'Zapisz w arkuszu Today\'s actions: z kim była rozmowa, datę i godzinę oraz wynik w kolumnie Status: Done, Promised (obiecaną datę w Promise/hold date), Disputed lub No answer; pozostałe informacje w Note.',
  },
  notes: { legal: handOff },
  noteTone: {
    subject: 'Zadanie wewnętrzne: {{step}}, {{customer}}',
    body: paragraphs(
      '{{step}}: {{customer}}, do zapłaty {{total}}, najstarszy termin płatności {{oldest_due_date}} (opóźnienie: {{days_overdue}}).',
      '{{invoices}}',
      'Kontakt: {{phone}}, {{email}}.',
      'Po wykonaniu oznacz to działanie jako Done w arkuszu Today\'s actions i dodaj notatkę w Note.',
    ),
  },
  table: { invoice: 'Faktura', invoiceDate: 'Data wystawienia', dueDate: 'Termin płatności', daysOverdue: 'Dni po terminie', open: 'Do zapłaty', total: 'Razem' },
  days: (n) => (n === 1 ? '1 dzień' : `${n} dni`),
  and: 'oraz',
  notInSheet: 'brak w arkuszu faktur',
};
