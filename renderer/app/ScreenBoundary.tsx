import { Component, Fragment } from 'react';
import type { ReactNode } from 'react';
import { CrashPanel } from './CrashPanel';

type ScreenBoundaryProps = {
  /** The feature id whose drafts this screen's forms write (see draftsStore). */
  scope: string;
  children: ReactNode;
};

type ScreenBoundaryState = {
  error: Error | null;
  /** Bumped by "Try again" so the screen remounts from scratch, refilled from the drafts store. */
  attempt: number;
};

/**
 * Catches a crash in one screen and keeps the frame usable. The screen's typed text is not
 * lost: forms keep it in the drafts store, which outlives the crashed components.
 */
export class ScreenBoundary extends Component<ScreenBoundaryProps, ScreenBoundaryState> {
  override state: ScreenBoundaryState = { error: null, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ScreenBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly retry = (): void => {
    this.setState((state) => ({ error: null, attempt: state.attempt + 1 }));
  };

  override render(): ReactNode {
    const { error, attempt } = this.state;
    if (error !== null) return <CrashPanel scope={this.props.scope} error={error} onRetry={this.retry} />;
    return <Fragment key={attempt}>{this.props.children}</Fragment>;
  }
}
