import { createServer, type AddressInfo, type Socket } from 'node:net';

/** A message the fake SMTP server accepted. */
export interface SmtpDelivery {
  from: string;
  to: string[];
  receivedAt: Date;
  /** The raw message: headers, a blank line, the body. */
  data: string;
}

/** A local SMTP server that accepts every message and keeps it, for tests of mail delivery. */
export interface FakeSmtpServer {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  deliveries: SmtpDelivery[];
  close(): Promise<void>;
}

/**
 * Starts a minimal SMTP server on 127.0.0.1 (plain text, no AUTH or STARTTLS): enough of RFC 5321
 * for nodemailer to deliver to it, so tests exercise the real SMTP transport without a mail server.
 */
export async function startFakeSmtpServer(): Promise<FakeSmtpServer> {
  const deliveries: SmtpDelivery[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buffer = '';
    let inData = false;
    let current: SmtpDelivery = { from: '', to: [], receivedAt: new Date(), data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 fake-smtp ready');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          current.data = buffer.slice(0, end).replace(/\r\n\.\./g, '\r\n.');
          current.receivedAt = new Date();
          buffer = buffer.slice(end + 5);
          deliveries.push(current);
          current = { from: '', to: [], receivedAt: new Date(), data: '' };
          inData = false;
          reply('250 2.0.0 queued');
          continue;
        }
        const newline = buffer.indexOf('\r\n');
        if (newline < 0) return;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO') socket.write('250-fake-smtp\r\n250 8BITMIME\r\n');
        else if (verb === 'HELO') reply('250 fake-smtp');
        else if (verb === 'MAIL') {
          current.from = /<([^>]*)>/.exec(line)?.[1] ?? '';
          reply('250 2.1.0 ok');
        } else if (verb === 'RCPT') {
          current.to.push(/<([^>]*)>/.exec(line)?.[1] ?? '');
          reply('250 2.1.5 ok');
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 end with <CRLF>.<CRLF>');
        } else if (verb === 'QUIT') {
          reply('221 bye');
          socket.end();
        } else reply('250 ok');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    deliveries,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
