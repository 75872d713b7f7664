/**
 * How customers and invoice numbers are matched between the invoice sheet, the Collections log
 * and Today's actions: trimmed, in any case, as people retype them ("ACME Ltd " is "Acme Ltd").
 */
export function matchKey(text: string): string {
  return text.trim().toLowerCase();
}
