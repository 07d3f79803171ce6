// Ports of the end-to-end run, away from the development server's 3000.
const port = Number(process.env.E2E_PORT ?? 3100);
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2525);
const smtpHttpPort = Number(process.env.E2E_SMTP_HTTP_PORT ?? 2580);

export const E2E = {
  port,
  baseUrl: `http://localhost:${port}`,
  smtpPort,
  smtpHttpPort,
  smtpHttpUrl: `http://127.0.0.1:${smtpHttpPort}`,
};
