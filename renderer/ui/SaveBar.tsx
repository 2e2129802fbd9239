import type { ReactNode } from 'react';
import { Button } from './Button';

type SaveBarProps = {
  /** Whether what is on screen is saved, in words; announced as it changes. */
  status: string;
  isFailed: boolean;
  saveLabel: string;
  onSave: () => void;
  /** Further actions beside the save button. */
  children?: ReactNode;
};

/** A bar that stays in view above a long form: whether it is saved, and a way to save now (also Ctrl+S, see useSaveShortcut). */
export function SaveBar({ status, isFailed, saveLabel, onSave, children }: SaveBarProps) {
  return (
    <div className="save-bar no-print">
      <p role="status" className={isFailed ? 'save-bar-status save-bar-failed' : 'save-bar-status'}>
        {status}
      </p>
      <div className="button-row">
        <Button onClick={onSave} aria-keyshortcuts="Control+S">
          {saveLabel}
        </Button>
        {children}
      </div>
    </div>
  );
}
