// What every view gets from the shell: its route, navigation and the evidence panel.
import type { Route } from './route';
import type { Evidence } from './types';

export interface ViewContext {
  route: Route;
  /** False once the reader has moved on to another view; late answers are then dropped. */
  isCurrent(): boolean;
  navigate(hash: string): void;
  openEvidence(evidence: Evidence, opener: HTMLElement): void;
  /** Runs when the view is replaced: a graph lets go of its canvas and listeners. */
  onDispose(dispose: () => void): void;
}

export type ViewRenderer = (container: HTMLElement, ctx: ViewContext) => Promise<void>;
