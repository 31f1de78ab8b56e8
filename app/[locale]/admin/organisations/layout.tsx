import { SectionClientMessages } from "@/lib/i18n/client-messages";

/** Gives this section's client components their texts, and only theirs (lib/i18n/client-messages.tsx). */
export default function OrganisationsLayout({ children }: { children: React.ReactNode }) {
  return <SectionClientMessages section="organisations">{children}</SectionClientMessages>;
}
