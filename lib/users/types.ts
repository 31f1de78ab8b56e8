export type UserSort = "email" | "name" | "role" | "createdAt";

export type UserListRow = {
  id: number;
  email: string;
  name: string;
  role: string;
  isNational: boolean;
  isActive: boolean;
  prefectureNameAr: string;
  prefectureNameFr: string;
};

/** What the edit page needs; never the password hash. */
export type ManagedUser = {
  id: number;
  email: string;
  name: string;
  role: string;
  isNational: boolean;
  isActive: boolean;
  version: number;
  prefectureId: number;
  passwordChangedAt: Date;
};
