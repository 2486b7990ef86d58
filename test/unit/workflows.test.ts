import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<
    string,
    { 'runs-on': string; steps: Step[]; needs?: string; env?: Record<string, string>; environment?: unknown }
  >;
}

const load = (name: string) =>
  parse(readFileSync(`.github/workflows/${name}`, 'utf8'), { strict: true, uniqueKeys: true }) as Workflow;
const runs = (steps: Step[]) => steps.map((s) => s.run ?? '').join('\n');
const uses = (steps: Step[]) => steps.map((s) => s.uses?.split('@')[0]).filter(Boolean);

describe('workflows', () => {
  test('every workflow is valid YAML with named steps that either run or use an action', () => {
    for (const file of ['pull-request.yml', 'deploy.yml']) {
      const workflow = load(file);
      expect(Object.keys(workflow.jobs).length).toBeGreaterThan(0);
      for (const job of Object.values(workflow.jobs)) {
        expect(job['runs-on']).toBe('ubuntu-latest');
        for (const step of job.steps) {
          expect(step.name).toBeTruthy();
          expect(Boolean(step.run) !== Boolean(step.uses)).toBe(true);
          if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
        }
      }
    }
  });

  test('pull requests install, check content, build, test, upload the site and post its size', () => {
    const workflow = load('pull-request.yml');
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const steps = workflow.jobs['check']!.steps;
    const script = runs(steps);
    const order = [
      'npm ci',
      'npm run check -- --format=github',
      'npm run build',
      'npm run test:unit && npm run test:e2e',
      'du -sh dist',
    ].map((s) => script.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(uses(steps)).toEqual(['actions/checkout', 'actions/setup-node', 'actions/upload-artifact']);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!.with!['path']).toBe('dist/');
  });

  test('main deploys to GitHub Pages with the repository name as base path', () => {
    const workflow = load('deploy.yml');
    expect(workflow.on['push']).toEqual({ branches: ['main'] });
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    const build = workflow.jobs['build']!;
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, not a JS template
    expect(build.env!['COUNTERPOINT_BASE']).toBe('/${{ github.event.repository.name }}/');
    expect(runs(build.steps)).toContain('npm run build');
    expect(uses(build.steps)).toContain('actions/upload-pages-artifact');
    expect(workflow.jobs['deploy']!.needs).toBe('build');
    expect(uses(workflow.jobs['deploy']!.steps)).toEqual(['actions/deploy-pages']);
  });
});
