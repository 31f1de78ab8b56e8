import type { Role } from "@/lib/auth/roles";

/** The signed-in user as every server action and page sees it. */
export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  isNational: boolean;
  prefectureId: number;
};
