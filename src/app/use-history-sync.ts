// The browser's history follows the state's URL part; back and forward bring a URL state back.
import { useEffect } from 'preact/hooks';
import type { Action, AppState } from './app-state.ts';
import type { UrlState } from './url-state.ts';

export function useHistorySync(
  state: AppState,
  dispatch: (a: Action) => void,
  onStateChange: (state: UrlState, push: boolean) => void,
  subscribeHistory: (apply: (state: UrlState) => void) => () => void,
) {
  useEffect(() => {
    if (state.history !== 'none') onStateChange(state.url, state.history === 'push');
  }, [state.url]);
  useEffect(() => subscribeHistory((url) => dispatch({ type: 'history', url })), []);
}
