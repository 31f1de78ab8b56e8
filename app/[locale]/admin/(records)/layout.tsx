import { ClientMessages, WORKSPACE_CLIENT_NAMESPACES } from "@/lib/i18n/client-messages";

/**
 * The workspace's record pages (lists, forms, editors): their client components read the texts of
 * WORKSPACE_CLIENT_NAMESPACES (81 kB in Arabic), sent with each of these pages. The dashboard's pages, outside
 * this group, have no such component and go without them. A route group: no segment in the address.
 */
export default function RecordPagesLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={WORKSPACE_CLIENT_NAMESPACES}>{children}</ClientMessages>;
}
