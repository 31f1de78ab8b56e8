-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Commune" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "prefectureId" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "legalStatus" TEXT NOT NULL,
    "setting" TEXT NOT NULL,
    "alternativeNames" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Commune_prefectureId_fkey" FOREIGN KEY ("prefectureId") REFERENCES "Prefecture" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Commune" ("code", "id", "legalStatus", "nameAr", "nameFr", "prefectureId", "setting", "version") SELECT "code", "id", "legalStatus", "nameAr", "nameFr", "prefectureId", "setting", "version" FROM "Commune";
DROP TABLE "Commune";
ALTER TABLE "new_Commune" RENAME TO "Commune";
CREATE INDEX "Commune_setting_idx" ON "Commune"("setting");
CREATE UNIQUE INDEX "Commune_prefectureId_code_key" ON "Commune"("prefectureId", "code");
CREATE TABLE "new_Prefecture" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL DEFAULT 'PROVINCE',
    "version" INTEGER NOT NULL DEFAULT 1,
    "code" TEXT NOT NULL,
    "nameAr" TEXT NOT NULL,
    "nameFr" TEXT NOT NULL,
    "regionId" INTEGER NOT NULL,
    CONSTRAINT "Prefecture_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Prefecture" ("code", "id", "nameAr", "nameFr", "regionId") SELECT "code", "id", "nameAr", "nameFr", "regionId" FROM "Prefecture";
DROP TABLE "Prefecture";
ALTER TABLE "new_Prefecture" RENAME TO "Prefecture";
CREATE UNIQUE INDEX "Prefecture_code_key" ON "Prefecture"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- Existing databases: the prefectures (urban units) of decree 2-15-40 among the stored records, the others being provinces (no semicolon in this comment: the migration runner splits on them).
UPDATE "Prefecture" SET "kind" = 'PREFECTURE' WHERE "code" IN ('TANGER-ASSILAH', 'MDIQ-FNIDEQ', 'OUJDA-ANGAD', 'FES', 'MEKNES', 'RABAT', 'SALE', 'SKHIRATE-TEMARA', 'CASABLANCA', 'MOHAMMEDIA', 'MARRAKECH', 'AGADIR-IDA-OUTANANE', 'INEZGANE-AIT-MELLOUL');
