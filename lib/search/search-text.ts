// What each record is found by in the workspace lists. Every write of these records stores the result in
// its searchText column; lists search `contains(foldForSearch(query))` on it.
import { searchTextOf } from "@/lib/search/fold";

export const cooperativeSearchText = (c: { registerNumber: string; nameAr: string; nameFr: string; contactName?: string | null }) =>
  searchTextOf(c.registerNumber, c.nameAr, c.nameFr, c.contactName);

export const grantSearchText = (g: { titleAr: string; titleFr: string }) => searchTextOf(g.titleAr, g.titleFr);

export const eventSearchText = (e: { slug: string; titleAr: string; titleFr: string; venueAr: string; venueFr: string }) =>
  searchTextOf(e.slug, e.titleAr, e.titleFr, e.venueAr, e.venueFr);

export const organisationSearchText = (o: { code: string; nameAr: string; nameFr: string; acronym: string | null }) =>
  searchTextOf(o.code, o.acronym, o.nameAr, o.nameFr);
