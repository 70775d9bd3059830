// The CommonJS module of tsyringe that holds its root container (see root-container.ts).
declare module 'tsyringe/dist/cjs/dependency-container.js' {
  import type { DependencyContainer } from 'tsyringe';

  export const instance: DependencyContainer;
}
