import { type CallWording, type LanguagePack, paragraphs } from './languagePack';

const payment = 'Payment details:\n{{payment_details}}';
const signed = (closing: string) => `${closing}\n{{sender}}\n{{company}}`;

const friendly = {
  subject: 'Payment reminder ({{customer}})',
  body: paragraphs(
    'Hello,',
    'We are writing from {{company}} about the amount below, due on {{oldest_due_date}}:',
    '{{invoices}}',
    'It may simply have been overlooked. Could you let us know when we can expect payment? If you need a copy of an invoice, just reply to this email and we will send it straight away. If the payment is already on its way, thank you.',
    payment,
    signed('Kind regards,'),
  ),
};

const firstNotice = {
  subject: 'Overdue payment, due {{oldest_due_date}} ({{customer}})',
  body: paragraphs(
    'Dear Accounts Payable team,',
    'Under the payment terms of our agreement, the amount below was due on {{oldest_due_date}}, and we have not yet received it. The outstanding total is {{total}}:',
    '{{invoices}}',
    'Please note that our agreement provides for a late payment charge of {{late_fee}}.',
    'Please arrange payment as soon as possible, or let us know the date on which we can expect it. If there is a problem with an invoice or you need a copy, reply to this email and we will sort it out promptly. If you have already paid, thank you, and please disregard this notice.',
    payment,
    signed('Regards,'),
  ),
};

const demand = {
  subject: 'Formal demand for payment: {{total}} ({{customer}})',
  body: paragraphs(
    'Dear Sir or Madam,',
    'Despite our earlier reminders, the following amount, due under our agreement since {{oldest_due_date}}, remains unpaid:',
    '{{invoices}}',
    'We hereby formally request payment of {{total}} in full by {{deadline}}.',
    'In accordance with our agreement, a late payment charge of {{late_fee}} continues to apply until payment is received.',
    'We regret that if payment is not received by that date, we will have to take legal action or pass the debt to a collection agency, and to suspend further deliveries and services until the account is settled.',
    'We would much prefer to resolve this without such steps. If you have already paid, please send us the payment confirmation. If you dispute any part of the amount, please let us know in writing before {{deadline}}.',
    payment,
    signed('Yours faithfully,'),
  ),
};

const dueCall: CallWording = {
  subject: 'Call {{customer}}: payment due {{oldest_due_date}}',
  opening: 'Call {{customer}} about the payment due on {{oldest_due_date}}. Keep it short and helpful: most late payments are a lost invoice or a forgotten approval.',
  received: 'Did you receive our invoice and our reminder email?',
  when: 'When will the payment be made? Could it go out today?',
  extra: [],
};

const overdueCall: CallWording = {
  subject: 'Call {{customer}}: {{days_overdue}} overdue',
  opening: 'Call {{customer}} about the overdue payment: due on {{oldest_due_date}}, now {{days_overdue}} overdue. Our overdue notice has already been sent.',
  received: 'Did you receive our email about the overdue payment?',
  when: 'On what date exactly will you pay, and how much? (Ask them to confirm the date by email.)',
  extra: ['If needed, remind them of the late payment charge in our agreement: {{late_fee}}.'],
};

const finalCall: CallWording = {
  subject: 'Call {{customer}}: last call before {{deadline}}',
  opening: 'Call {{customer}} before formal steps are taken: due on {{oldest_due_date}}, {{days_overdue}} overdue; the deadline we set is {{deadline}}.',
  received: 'Did you receive our letters about the overdue amount?',
  when: 'Can you pay the full amount by {{deadline}}? If not, how much can you pay now, and when will the rest follow?',
  extra: ['Explain calmly that if payment has not arrived by {{deadline}}, we will have to pass the matter to our lawyers or a collection agency.'],
};

const handOff = {
  subject: 'Hand-off to lawyers or an agency: {{customer}}, {{total}}',
  body: paragraphs(
    '{{customer}} has not paid after the formal demand. The oldest invoice is {{days_overdue}} overdue.',
    '{{invoices}}',
    'Decide with the person in charge: hand the file to a lawyer or a collection agency, or offer a settlement (part of the money now is often better than nothing). Weigh the cost of court or agency fees against the amount.',
    'Prepare the file:\n- the contract or order confirmation, and the invoices;\n- proof of delivery or of the work done;\n- copies of every reminder, the formal demand and the call notes (Collections log);\n- promises to pay and disputes, with their dates;\n- a statement of account and the customer\'s contacts: {{phone}}, {{email}}.',
    'Once the file is handed over, mark this action Done and note who received it.',
  ),
};

export const EN: LanguagePack = {
  messages: {
    'pre-due': {
      subject: 'Friendly reminder: payment due {{oldest_due_date}} ({{customer}})',
      body: paragraphs(
        'Hello,',
        'This is a friendly reminder from {{company}} that the amount below falls due on {{oldest_due_date}}:',
        '{{invoices}}',
        'If it is already scheduled, thank you: a short reply with the expected payment date would help us a lot. If the invoice has not reached you or you need a copy, just reply to this email and we will send it straight away.',
        payment,
        signed('Kind regards,'),
      ),
    },
    'notice-1': firstNotice,
    'notice-2': {
      subject: 'Second notice: {{total}} overdue ({{customer}})',
      body: paragraphs(
        'Dear Accounts Payable team,',
        'We wrote to you earlier about the payment that was due on {{oldest_due_date}}. It is now {{days_overdue}} overdue, and we have received neither the payment nor a date for it:',
        '{{invoices}}',
        'As set out in our agreement, a late payment charge of {{late_fee}} applies to overdue amounts.',
        'Please pay the outstanding {{total}} without further delay, or reply today with the date on which payment will be made. If something is holding up the payment, such as a question about an invoice, please tell us now so that we can resolve it before we have to take further steps.',
        payment,
        signed('Regards,'),
      ),
    },
    demand,
  },
  messageTones: { friendly, firm: firstNotice, formal: demand },
  calls: { 'due-call': dueCall, 'call-1': overdueCall },
  callTones: { friendly: dueCall, firm: overdueCall, formal: finalCall },
  call: {
    phone: 'Phone: {{phone}}',
    email: 'Email: {{email}}',
    ask: 'Ask:',
    problem: 'Is there any problem with the invoice that we can fix right now (a copy, an order number, a wrong amount or address)?',
    ifTheySay: 'If they say:',
    excuses: [
      '"We lost the invoice": send a copy and a statement of account today.',
      '"It needs approval": ask who approves it and by when; ask for a payment schedule or a letter of guarantee, and note the dates.',
      '"Part of it is wrong": note which invoice and why, and ask them to pay the undisputed part now.',
    ],
    record: 'Record in Today\'s actions: who you spoke to, the date and time, and the outcome in Status: Done, Promised (the promised date in Promise/hold date), Disputed or No answer; anything else in Note.',
  },
  notes: { legal: handOff },
  noteTone: {
    subject: 'Internal task: {{step}}, {{customer}}',
    body: paragraphs(
      '{{step}}: {{customer}}, {{total}} open, the oldest invoice due on {{oldest_due_date}} ({{days_overdue}} overdue).',
      '{{invoices}}',
      'Contacts: {{phone}}, {{email}}.',
      'When it is done, mark this action Done in Today\'s actions and add a note.',
    ),
  },
  table: { invoice: 'Invoice', invoiceDate: 'Invoice date', dueDate: 'Due date', daysOverdue: 'Days overdue', open: 'Open amount', total: 'Total' },
  days: (n) => `${n} day${n === 1 ? '' : 's'}`,
  and: 'and',
  notInSheet: 'not in the invoice sheet',
};
