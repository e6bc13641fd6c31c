/**
 * The `vantage` command: `npm run --silent vantage -- <command> …`. Each command lives in its own
 * file and is loaded only when called, so `search` does not pay for the HTML parser.
 */
import { CliError, EXIT } from './io.ts';

type Command = { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> };

const commands: Record<string, Command> = {
  audit: { summary: 'audit <page.html|page.mhtml> [--url <url>] [--json] | audit --text <file> [--json]', load: () => import('./audit.ts') },
  search: { summary: 'search "<topic>" [--country ir]... [--json]', load: () => import('./search.ts') },
  serp: { summary: 'serp <page.html|page.mhtml> [--url <url>] [--json]', load: () => import('./serp.ts') },
  'audit-package': { summary: 'audit-package <course.imscc|backup.mbz|export.zip> [--json|--csv] [--jobs N]', load: () => import('./audit-package.ts') },
};

function usage(): string {
  return ['Usage: npm run --silent vantage -- <command> [options]', '', ...Object.values(commands).map((c) => `  vantage ${c.summary}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage() + '\n');
    return name ? EXIT.ok : EXIT.unreadable;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n${usage()}\n`);
    return EXIT.unreadable;
  }
  return (await command.load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      process.stderr.write(`vantage: ${error.message}\n`);
      process.exitCode = error.code;
    } else {
      process.stderr.write(`vantage: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT.failure;
    }
  },
);
