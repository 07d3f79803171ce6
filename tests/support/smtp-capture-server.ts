// Standalone capture for the end-to-end run: the app under `next start` sends to SMTP on SMTP_CAPTURE_PORT and
// the Playwright tests read what arrived over HTTP on SMTP_CAPTURE_HTTP_PORT (GET /messages?to=address).
import http from "node:http";
import { startSmtpCapture } from "./smtp-capture";

const smtpPort = Number(process.env.SMTP_CAPTURE_PORT ?? 2525);
const httpPort = Number(process.env.SMTP_CAPTURE_HTTP_PORT ?? 2580);

const capture = await startSmtpCapture(smtpPort);
http
  .createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname === "/health") return void res.end("ok");
    const to = url.searchParams.get("to")?.toLowerCase();
    const messages = to ? capture.messages.filter((m) => m.to.includes(to)) : capture.messages;
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(messages));
  })
  .listen(httpPort, "127.0.0.1", () => console.log(`SMTP capture: smtp ${smtpPort}, http ${httpPort}`));
