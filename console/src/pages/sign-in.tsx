import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { useLocation } from 'wouter';
import { LoginDocument } from '@steward/client';
import { session } from '../session';
import { ErrorMessage, errorCode } from '../ui/errors';
import { useTitle } from '../ui/layout';

/**
 * Password sign-in, then the second factor when the account has one: the server answers
 * MFA_REQUIRED and the form asks for a code from the authenticator app or a backup code.
 */
export function SignIn() {
  useTitle('Sign in');
  const [, navigate] = useLocation();
  const [{ fetching, error }, login] = useMutation(LoginDocument);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [secondFactor, setSecondFactor] = useState<'none' | 'totp' | 'backup'>('none');
  const [code, setCode] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const factor = secondFactor === 'totp' ? { totpCode: code.trim() } : secondFactor === 'backup' ? { backupCode: code.trim() } : {};
    const result = await login({ input: { email, password, ...factor } });
    const payload = result.data?.login;
    if (payload) {
      session.start(payload);
      navigate('/');
    } else if (errorCode(result.error) === 'MFA_REQUIRED' && secondFactor === 'none') {
      setSecondFactor('totp');
    }
  };

  const asking = secondFactor !== 'none';
  return (
    <main id="main" className="sign-in">
      <h1>Sign in to Steward</h1>
      <form onSubmit={submit} aria-describedby={error ? 'sign-in-error' : undefined}>
        <label>
          Email
          <input type="email" name="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.target.value)} />
        </label>
        <label>
          Password
          <input type="password" name="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        {asking ? (
          <fieldset>
            <legend>Second factor</legend>
            <label>
              {secondFactor === 'totp' ? 'Code from your authenticator app' : 'Backup code'}
              <input
                name="code"
                autoComplete="one-time-code"
                inputMode={secondFactor === 'totp' ? 'numeric' : 'text'}
                required
                autoFocus
                value={code}
                onChange={(event) => setCode(event.target.value)}
              />
            </label>
            <button type="button" className="link" onClick={() => setSecondFactor(secondFactor === 'totp' ? 'backup' : 'totp')}>
              {secondFactor === 'totp' ? 'Use a backup code instead' : 'Use the authenticator app instead'}
            </button>
          </fieldset>
        ) : null}
        <div id="sign-in-error">{errorCode(error) === 'MFA_REQUIRED' && asking && !code ? null : <ErrorMessage error={error} />}</div>
        <button type="submit" disabled={fetching}>
          {fetching ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </main>
  );
}
