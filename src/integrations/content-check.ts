import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkProject, emptyCollectionsNote } from '../check/check-all.ts';
import { formatProblem, summarise } from '../check/problems.ts';

/**
 * Runs the content check before Astro reads any content, so a broken entry stops the
 * build with one line per problem (file:line: field: message) instead of a stack trace,
 * and nothing half-built reaches dist/.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'counterpoint:content-check',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const started = performance.now();
        const { problems, errors, entries } = checkProject(fileURLToPath(config.root));
        if (!errors.length) {
          logger.info(`checked ${entries.length} entries in ${Math.round(performance.now() - started)} ms`);
          const note = emptyCollectionsNote(entries);
          if (note) logger.info(note);
          if (problems.length) logger.warn(`content: ${summarise(problems)} (run npm run check to see them)`);
          return;
        }
        const lines = errors.map(formatProblem).join('\n');
        if (command === 'dev') {
          logger.error(`content problems, pages may fail until fixed:\n${lines}`);
          return;
        }
        console.error(
          `\n${lines}\n\nThe content has ${summarise(problems)}; nothing was built. Fix the lines above and build again.`,
        );
        process.exit(1);
      },
    },
  };
}
