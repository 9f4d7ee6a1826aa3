'use client';
import { useId, useRef, type ReactNode } from 'react';
import { Button, type ButtonLook } from '@/components/ui/button';

type Props = {
  /** The button in the page, which only opens the question. */
  children: ReactNode;
  /** The question's heading ("Withdraw this release from the public site?"). */
  title: string;
  /** What will happen, in words a person can weigh ("The public page will answer…"). */
  consequence: string;
  confirmLabel: string;
  cancelLabel: string;
  variant?: ButtonLook['variant'];
  disabled?: boolean;
  className?: string;
};

/**
 * A submit button for a step that cannot be taken back: it first asks, in a modal <dialog> that
 * names the consequence (the browser keeps focus inside it and closes it on Escape). "Cancel" has
 * the focus and the confirming button sits at the dialog's far end, never under the pointer that
 * opened it, so a double click cannot confirm. Without JavaScript the button submits its form as is.
 */
export function ConfirmButton({
  children,
  title,
  consequence,
  confirmLabel,
  cancelLabel,
  variant = 'danger',
  disabled,
  className,
}: Props) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        ref={opener}
        type="submit"
        variant={variant}
        disabled={disabled}
        className={className}
        aria-haspopup="dialog"
        onClick={(event) => {
          event.preventDefault();
          dialog.current?.showModal();
          cancel.current?.focus();
        }}
      >
        {children}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-consequence`}
        onClose={() => opener.current?.focus()}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-brand-100 bg-white p-6 text-ink shadow-xl backdrop:bg-slate-900/50"
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold text-brand-800">
          {title}
        </h2>
        <p id={`${id}-consequence`} className="mt-2">
          {consequence}
        </p>
        <div className="mt-6 flex flex-wrap justify-between gap-3">
          <Button ref={cancel} type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            {cancelLabel}
          </Button>
          <Button
            type="submit"
            variant={variant === 'danger' ? 'danger' : 'primary'}
            onClick={() => dialog.current?.close()}
          >
            {confirmLabel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
