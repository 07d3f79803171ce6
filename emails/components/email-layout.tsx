import type { ReactNode } from "react";
import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import { PROGRAM } from "@/lib/program";

// Shared frame for every message: plain, readable in any client, and converted to the plain-text part.
export function EmailLayout({ preview, children }: { preview: string; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f8fafc", fontFamily: "Arial, Helvetica, sans-serif", color: "#0f172a" }}>
        <Container style={{ backgroundColor: "#ffffff", padding: "24px", maxWidth: "560px" }}>
          <Text style={{ fontSize: "14px", fontWeight: 700, color: "#184c87", margin: 0 }}>
            {PROGRAM.shortName} Portal
          </Text>
          <Section>{children}</Section>
          <Hr />
          <Text style={{ fontSize: "12px", color: "#475569" }}>
            {PROGRAM.name}, sponsored by {PROGRAM.sponsor}. You received this email because of activity on the BMET
            Apprenticeship Portal.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export const paragraph = { fontSize: "15px", lineHeight: "22px" } as const;
export const buttonStyle = {
  backgroundColor: "#184c87",
  color: "#ffffff",
  padding: "12px 18px",
  borderRadius: "6px",
  fontWeight: 700,
  textDecoration: "none",
} as const;
