/// <reference types="astro/client" />

// Plain tsc (npm run typecheck) sees .astro files only through this declaration;
// the components themselves are checked by Astro's compiler when the site builds.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}
