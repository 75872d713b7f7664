/** Parsed `refresh` command line. Paths are as given; the caller resolves them. */
export interface RefreshArgs {
  input: string;
  asOf?: string;
  sheet?: string;
  out?: string;
  json?: string;
  policy?: string;
  drafts?: string;
  inPlace: boolean;
}

export type ParsedArgs = { command: 'help' } | { command: 'version' } | { command: 'refresh'; args: RefreshArgs };

/** A mistake on the command line: exit code 2 with a one-line reason. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const USAGE = `Usage: dunning-desk refresh <input.xlsx|input.csv> [--as-of YYYY-MM-DD] [--sheet NAME]
                              [--out PATH] [--json PATH|-] [--policy PATH] [--in-place] [--drafts DIR]

  --as-of     the date the aging is for (default: today's local date)
  --sheet     the sheet holding the invoices (default: found automatically)
  --out       the output workbook (default: <input name>.refreshed.xlsx beside the input)
  --json      also write the JSON report to PATH, or to standard output with -
  --policy    a JSON file of settings (see README, "Policy")
  --in-place  update the input workbook itself (atomically; only the product's own sheets change)
  --drafts    write today's reminders into DIR: an .eml draft per email, an .html page per letter`;

const VALUE_OPTIONS = { '--as-of': 'asOf', '--sheet': 'sheet', '--out': 'out', '--json': 'json', '--policy': 'policy', '--drafts': 'drafts' } as const;

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') return { command: 'help' };
  if (argv[0] === '--version' || argv[0] === '-v') return { command: 'version' };
  if (argv[0] !== 'refresh') throw new UsageError(`unknown command "${argv[0]}" (try: dunning-desk refresh <input.xlsx>)`);
  const args: Partial<RefreshArgs> & { inPlace: boolean } = { inPlace: false };
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (name === '--in-place') {
      if (inline !== undefined) throw new UsageError('--in-place takes no value');
      args.inPlace = true;
    } else if (name in VALUE_OPTIONS) {
      const key = VALUE_OPTIONS[name as keyof typeof VALUE_OPTIONS];
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`${name} needs a value`);
      if (args[key] !== undefined) throw new UsageError(`${name} given twice`);
      args[key] = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option ${arg}`);
    } else if (args.input === undefined) {
      args.input = arg;
    } else {
      throw new UsageError(`unexpected argument "${arg}": one input file at a time`);
    }
  }
  if (args.input === undefined) throw new UsageError('refresh needs an input file (.xlsx, .xlsm or .csv)');
  if (args.inPlace && args.out !== undefined) throw new UsageError('--in-place and --out cannot be used together');
  return { command: 'refresh', args: args as RefreshArgs };
}
