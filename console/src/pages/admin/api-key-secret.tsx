import { useEffect, useRef, useState } from 'react';

/**
 * The secret of a key just created. The graph returns it once and keeps only its hash, so it lives
 * only in the state of the page that created it: closing this panel or reloading the page loses it.
 */
export function NewSecretPanel({ name, secret, onClose }: { name: string; secret: string; onClose: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  // Move focus to the panel so a screen reader announces the secret and its warning at once.
  useEffect(() => heading.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('copied');
    } catch {
      // The browser refused the clipboard (no permission, no secure context): the text can still be selected.
      setCopied('failed');
    }
  };
  return (
    <section className="card secret-panel" aria-labelledby="secret-heading" data-testid="new-secret">
      <h2 id="secret-heading" ref={heading} tabIndex={-1}>
        API key “{name}” created
      </h2>
      <p className="secret-warning">
        <strong>Copy this secret now.</strong> Steward stores only its hash: it will not be shown again after you close this panel or leave the page.
      </p>
      <label>
        Secret
        <input className="secret-value" readOnly value={secret} onFocus={(event) => event.target.select()} />
      </label>
      <div className="actions">
        <button type="button" onClick={copy}>
          Copy secret
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          I have saved it, close
        </button>
      </div>
      <p role="status" className="muted">
        {copied === 'copied' ? 'Copied to the clipboard.' : copied === 'failed' ? 'The browser did not allow copying; select the secret and copy it yourself.' : ''}
      </p>
    </section>
  );
}
