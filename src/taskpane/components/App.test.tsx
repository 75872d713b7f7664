import { act, fireEvent, screen, within } from '@testing-library/react';
import { createDesk, invoiceRows, memoryHost, renderPane, sampleBook } from '../../../test/dom/paneHarness';
import { ru } from '../i18n/ru';

async function refreshAging() {
  fireEvent.click(screen.getByRole('button', { name: 'Refresh aging' }));
  await screen.findByText(/invoices read from “Invoices”/);
}

describe('the task pane', () => {
  it('shows today’s actions grouped by customer, with step, amount and why', async () => {
    const host = memoryHost(sampleBook());
    await renderPane(createDesk(host));
    expect(screen.getByText('Refresh to see who to chase today.')).toBeTruthy();
    await refreshAging();

    const list = screen.getByRole('list', { name: '2 actions' });
    const customers = within(list).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(customers).toEqual(['Acme Ltd', 'Bolt GmbH']);
    const acme = within(list).getByRole('article', { name: 'Acme Ltd: First overdue notice' });
    expect(acme.textContent).toContain('1,500.50 EUR');
    expect(acme.textContent).toContain('notice-1: 60 days overdue, no contact yet, catching up 59 days late, 2 invoices');
    expect(within(acme).getByRole('list', { name: 'Invoices' }).textContent).toMatch(/INV-1 — 1,200.50 EUR — notice-1 \(60 days overdue\).*INV-2 — 300.00 EUR/);
    expect(screen.getByRole('article', { name: 'Bolt GmbH: First overdue notice' }).textContent).toContain('800.00 USD');
    // The product's sheets were written once, into the workbook.
    expect(host.written).toHaveLength(1);
    expect(host.written[0]).toEqual(expect.arrayContaining(['Aging summary', 'Issues', "Today's actions", 'Collections log', 'Dunning settings']));
  });

  it('shows bucket totals per currency with a chart described in words', async () => {
    await renderPane(createDesk(memoryHost(sampleBook())));
    await refreshAging();
    fireEvent.click(screen.getByRole('tab', { name: 'Summary' }));

    const eur = screen.getByRole('region', { name: 'EUR' });
    expect(within(eur).getByText(/Total 1,500.50 EUR · 2 open invoices/)).toBeTruthy();
    const rows = within(eur).getAllByRole('row').map((r) => Array.from(r.querySelectorAll('td')).map((c) => c.textContent));
    expect(rows).toContainEqual(['1–30 days', '300.00 EUR']);
    expect(rows).toContainEqual(['31–60 days', '1,200.50 EUR']);
    expect(rows).toContainEqual(['Total', '1,500.50 EUR']);
    const chart = within(eur).getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Open EUR by aging bucket. Current: 0.00 EUR; 1–30 days: 300.00 EUR; 31–60 days: 1,200.50 EUR; 61–90 days: 0.00 EUR; 91–120 days: 0.00 EUR; Over 120 days: 0.00 EUR',
    );
    // Bar heights follow the amounts: the largest bucket is the tallest.
    const height = (bucket: string) => Number(chart.querySelector(`rect[data-bucket="${bucket}"]`)?.getAttribute('height'));
    expect(height('31-60')).toBeGreaterThan(height('1-30'));
    expect(height('current')).toBe(0);
    expect(screen.getByRole('region', { name: 'USD' }).textContent).toContain('1,700.00 USD');
  });

  it('lists the rows it could not read, and Go to cell selects the cell', async () => {
    const goToCell = jest.fn(async () => undefined);
    await renderPane(createDesk(memoryHost(sampleBook(), { goToCell })));
    await refreshAging();
    fireEvent.click(screen.getByRole('tab', { name: 'Problems (1)' }));

    const problems = screen.getByRole('list', { name: '1 problem' });
    expect(problems.textContent).toContain('Invoices, row 5, Invoice Date');
    expect(problems.textContent).toContain('someday');
    await act(async () => fireEvent.click(within(problems).getByRole('button', { name: 'Go to cell: Invoices, row 5, Invoice Date' })));
    expect(goToCell).toHaveBeenCalledWith('Invoices', 5, 'Invoice Date');
  });

  it('offers no Go to cell where the host cannot select cells', async () => {
    await renderPane(createDesk(memoryHost(sampleBook())));
    await refreshAging();
    fireEvent.click(screen.getByRole('tab', { name: 'Problems (1)' }));
    expect(screen.getByText('someday')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Go to cell/ })).toBeNull();
  });

  it('explains a failed refresh and what to do, and writes nothing', async () => {
    const host = memoryHost(sampleBook([['Notes'], ['call Bob']]));
    await renderPane(createDesk(host));
    fireEvent.click(screen.getByRole('button', { name: 'Refresh aging' }));
    const alert = await screen.findByText('No invoice table found');
    const bar = alert.closest('[role="group"]') ?? alert.parentElement!;
    expect(bar.textContent).toContain('choose the columns in “Columns”');
    expect(bar.textContent).toContain('a header row within the first 30 rows must name an amount');
    expect(host.written).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText('No invoice table found')).toBeNull();
  });

  it('ages as of the date chosen', async () => {
    await renderPane(createDesk(memoryHost(sampleBook())));
    const asOf = screen.getByLabelText('As of') as HTMLInputElement;
    expect(asOf.value).toBe('2026-11-30');
    fireEvent.change(asOf, { target: { value: '2026-10-05' } });
    await refreshAging();
    const list = screen.getByRole('list', { name: '1 action' });
    expect(within(list).getAllByRole('heading').map((h) => h.textContent)).toEqual(['Acme Ltd']);
    expect(list.textContent).toContain('4 days overdue');
  });

  it('keeps a column override as the policy’s columns and refreshes with it', async () => {
    const host = memoryHost(sampleBook());
    const desk = createDesk(host);
    await renderPane(desk);
    await refreshAging();
    fireEvent.click(screen.getByRole('tab', { name: 'Columns' }));
    expect(screen.getByText('Read from column: Customer')).toBeTruthy();
    expect(screen.getAllByText('Read from column: not found').length).toBeGreaterThan(0);

    fireEvent.change(screen.getByLabelText('Customer'), { target: { value: 'Email' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Apply and refresh' })));
    await screen.findByText('Read from column: Email');
    expect(await desk.loadColumns()).toEqual({ customer: 'Email' });
    fireEvent.click(screen.getByRole('tab', { name: /Today’s actions/ }));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['ar@acme.test', 'pay@bolt.test']);
  });

  it('renders the drafts feature’s preview in a labelled slot, and no slot without it', async () => {
    const { unmount } = await renderPane(createDesk(memoryHost(sampleBook())));
    await refreshAging();
    expect(screen.queryByRole('region', { name: /Draft for/ })).toBeNull();
    unmount();

    await renderPane(createDesk(memoryHost(sampleBook())), { draftFor: (action) => <p>Dear {action.customer}</p> });
    await refreshAging();
    expect(screen.getByRole('region', { name: 'Draft for Acme Ltd' }).textContent).toBe('Dear Acme Ltd');
  });

  it('speaks the display language', async () => {
    await renderPane(createDesk(memoryHost(sampleBook(invoiceRows()))), { strings: ru });
    fireEvent.click(screen.getByRole('button', { name: 'Обновить анализ по срокам' }));
    const list = await screen.findByRole('list', { name: '2 действия' });
    // Russian groups thousands with a (narrow) no-break space.
    expect(list.textContent).toMatch(/1\s500,50\sEUR/);
    expect(screen.getByRole('tab', { name: /Действия на сегодня/ })).toBeTruthy();
  });
});
