import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Locale } from '../domain';
import { SHELL_STRINGS } from './shellStrings';

interface Props {
  readonly locale: Locale;
  readonly children: ReactNode;
  /** Told what failed, for the console (the tab sends no telemetry). */
  readonly onError?: (error: unknown, info: ErrorInfo) => void;
}

interface State {
  readonly error: unknown;
  /** Raised by "Back to the start": the children are drawn anew, from their first screen. */
  readonly attempt: number;
}

/**
 * The last line of defence: an error nothing else caught (a render, an effect) shows a message
 * in the user's language with a way back, instead of a blank tab. Going back draws the screens
 * anew from the start screen; the drafts and the meetings in the calendar are where they were.
 * React catches errors only in a class component's lifecycle, hence the one class of the UI.
 */
export class RootErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('unknown') };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    (this.props.onError ?? ((e: unknown) => console.error(e)))(error, info);
  }

  private readonly back = () =>
    this.setState((s) => ({ error: undefined, attempt: s.attempt + 1 }));

  override render(): ReactNode {
    const t = SHELL_STRINGS[this.props.locale];
    if (this.state.error === undefined)
      return <RootAttempt key={this.state.attempt}>{this.props.children}</RootAttempt>;
    const detail =
      this.state.error instanceof Error
        ? `${this.state.error.name}: ${this.state.error.message}`
        : String(this.state.error);
    return (
      <MessageBar intent="error" layout="multiline" data-testid="crashed">
        <MessageBarBody>
          <MessageBarTitle>{t.crashTitle}</MessageBarTitle>
          <Body1 as="p" block>
            {t.crashBody}
          </Body1>
          <Caption1 as="p" block>
            {t.crashDetail({ detail })}
          </Caption1>
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={this.back}>
            {t.crashBack}
          </Button>
          <Button onClick={() => location.reload()}>{t.crashReload}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

/** The children of one attempt: a new key draws them from scratch. */
function RootAttempt(props: { readonly children: ReactNode }) {
  return <>{props.children}</>;
}
